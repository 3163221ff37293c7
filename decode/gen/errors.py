"""decode/gen/errors.py — the one error the generator raises: a message
that starts with the file and line it is about."""


class GenError(Exception):
    def __init__(self, where, msg):
        super().__init__(f"{where}: {msg}")
