"""Fresh ids for new objects: short, readable in a diff, unique within a map."""

import secrets


def new_id(prefix: str, taken: set[str] | None = None) -> str:
    while True:
        candidate = f"{prefix}-{secrets.token_hex(4)}"
        if taken is None or candidate not in taken:
            return candidate
