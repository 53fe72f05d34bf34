"""User code for tests/test_user_program.py: mypy --strict and pyright (strict) must accept it with no error, and it
holds no cast and no test against the unset marker (the test greps for them). It reads status, changes the
configuration from a dict and from a model, follows events by isinstance, and pages through long answers."""

# pyright: strict

from __future__ import annotations

import attrs

from syncthing_client import Syncthing
from syncthing_client.events import Gap, Restarted
from syncthing_client.models import (
    FolderConfiguration,
    ItemFinishedEvent,
    LocalIndexUpdatedEvent,
    PartialOptionsConfiguration,
)


def status_report(st: Syncthing) -> list[str]:
    version = st.system.version()
    status = st.system.status()
    lines = [f"{version.long_version} on {version.os}/{version.arch}", f"{status.my_id[:7]} up {status.uptime} s"]
    lines += [f"build tag {tag}" for tag in version.tags]  # a list, even where Syncthing sends null
    lines += [f"debug logging for {facility}" for facility in st.system.debug().enabled]
    for folder in st.config.folders():
        summary = st.db.status(folder=folder.id)
        lines.append(f"{folder.id} ({folder.label}): {summary.state}, {summary.need_files} files to get")
    for device_id, connection in st.system.connections().connections.items():
        lines.append(f"{device_id[:7]} {'connected' if connection.connected else 'not connected'}")
    for error in st.system.errors().errors:  # [] once cleared (Syncthing sends null)
        lines.append(f"{error.when.isoformat()} {error.message}")
    return lines


def cap_upload_from_a_dict(st: Syncthing, settings: dict[str, int]) -> None:
    """PATCH from a plain dict (as read from a file), checked by the model's decoder before sending."""
    st.config.update_options(body=settings)
    st.config.update_options(body=PartialOptionsConfiguration(max_send_kbps=settings["maxSendKbps"]))


def relabel_with_a_model(st: Syncthing, folder_id: str, label: str) -> FolderConfiguration:
    """PUT a full model back, changed by assignment and with attrs.evolve."""
    folder = st.config.folder(folder_id)
    folder.label = label
    st.config.replace_folder(folder_id, body=folder)
    options = attrs.evolve(st.config.options(), max_recv_kbps=2000)
    st.config.replace_options(body=options)
    return st.config.folder(folder_id)


def follow_events(st: Syncthing, folder_id: str, limit: int) -> list[str]:
    seen: list[str] = []
    with st.events.stream(types=[LocalIndexUpdatedEvent, ItemFinishedEvent]) as events:
        for item in events:
            if isinstance(item, Gap):
                seen.append(f"missed {item.count} events")
            elif isinstance(item, Restarted):
                seen.append(f"restarted at {item.start_time.isoformat()}")
            elif isinstance(item, LocalIndexUpdatedEvent) and item.data.folder == folder_id:
                seen.extend(item.data.filenames)
            elif isinstance(item, ItemFinishedEvent):
                seen.append(f"{item.data.item}: {item.data.error or 'done'}")
            if len(seen) >= limit:
                break
    return seen


def pending_work(st: Syncthing, folder_id: str) -> tuple[list[str], list[str]]:
    needed = [f"{entry.section}: {entry.file.name} ({entry.file.size} bytes)" for entry in st.db.iter_need(folder_id)]
    failed = [f"{error.path}: {error.error}" for error in st.folder.iter_errors(folder_id, perpage=100)]
    first_page = st.folder.errors(folder=folder_id, page=1, perpage=10)
    failed += [error.path for error in first_page.errors]  # [] past the end, where Syncthing sends null
    return needed, failed
