"""Who holds a file or wrote a recovery copy: process id, host and user, and whether it still runs.

Locks and recovery copies both record an Owner so that a later start can tell a live colleague's
instance (leave it alone) from the leftovers of a killed one (take over / offer recovery).
"""

from __future__ import annotations

import getpass
import os
import socket
from dataclasses import asdict, dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class Owner:
    pid: int
    host: str
    user: str
    since: str  # ISO 8601, UTC, when the owner started holding

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: object) -> Owner | None:
        """None when `raw` is not a well-formed owner (a damaged or foreign file)."""
        if not isinstance(raw, dict):
            return None
        pid, host, user, since = (raw.get(k) for k in ("pid", "host", "user", "since"))
        if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
            return None
        if not all(isinstance(v, str) for v in (host, user, since)):
            return None
        return cls(pid=pid, host=host, user=user, since=since)

    def since_datetime(self) -> datetime | None:
        try:
            moment = datetime.fromisoformat(self.since)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def host_name() -> str:
    return socket.gethostname() or "unknown-host"


def user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) or no login name
        return "unknown-user"


def current_owner() -> Owner:
    return Owner(
        pid=os.getpid(),
        host=host_name(),
        user=user_name(),
        since=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def is_current_process(owner: Owner) -> bool:
    return owner.host == host_name() and owner.pid == os.getpid()


def is_alive(owner: Owner) -> bool | None:
    """True/False for an owner on this host; None when it is on another host (cannot tell)."""
    if owner.host != host_name():
        return None
    return pid_is_running(owner.pid)


def pid_is_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True
