"""``make demo``: start two throwaway loopback-only Syncthing servers, pair them, and tour one through the client.

Usage: ``python -m tools.demo [VERSION]`` (default 1.29.5; 1.19.2 works too). Nothing outlives the run.
"""

import sys

from syncthing_client import AuthenticationError, OperationFailedError, Syncthing, UnsupportedOperationError
from syncthing_client.models import FolderCompletionEvent, ItemFinishedEvent
from tools.sandbox import Sandbox, pair, share_folder, wait_for


def tour(server: Sandbox, peer: Sandbox) -> None:
    with Syncthing(server.url, server.api_key) as st:
        version = st.system.version()
        print(f"version      {version.long_version}")
        status = st.system.status()
        print(f"device ID    {status.my_id}")
        print(f"uptime       {status.uptime} s, {status.goroutines} goroutines")

        connections = st.system.connections()
        for device_id, connection in connections.connections.items():
            state = "connected" if connection.connected else "not connected"
            print(f"connection   {device_id[:7]}… {state} at {connection.address or '-'}")
        print(f"traffic      {connections.total.in_bytes_total} B in, {connections.total.out_bytes_total} B out")

        st.system.add_error(body="hello from syncthing-client")
        messages = [error.message for error in st.system.errors().errors or []]
        print(f"errors       {len(messages)} after posting one: {messages[-1]!r}")
        st.system.clear_errors()
        print(f"             {len(st.system.errors().errors or [])} after clearing")

        try:
            st.svc.deviceid(id="not-a-device-id")
        except OperationFailedError as error:
            print(f"typed error  OperationFailedError: {error.error}")
        print(f"device ID of the peer, normalised: {st.svc.deviceid(id=peer.device_id.lower()).id}")

    with Syncthing(server.url, "wrong-key") as wrong:
        try:
            wrong.system.status()
        except AuthenticationError as error:
            print(f"typed error  AuthenticationError: HTTP {error.status_code} {error.message!r}")


def sync_tour(server: Sandbox, peer: Sandbox) -> None:
    """Share a folder, watch the peer's typed event stream while files arrive, then page through a held folder."""
    source, _ = share_folder(server, peer, "photos")
    with (
        Syncthing(peer.url, peer.api_key) as st,
        st.events.stream(types=["ItemFinished", "FolderCompletion"], skip_history=True, poll_seconds=5) as events,
    ):
        # A filtered subscription sees only events after its first use: open it before writing.
        st.events.poll(since=0, limit=1, timeout=0, events=["ItemFinished", "FolderCompletion"])
        for index in range(3):
            (source / f"photo-{index}.jpg").write_bytes(b"x" * 1000)
        with Syncthing(server.url, server.api_key) as origin:
            origin.db.scan(folder="photos")
        for item in events:
            if isinstance(item, ItemFinishedEvent):
                print(f"event        #{item.id} ItemFinished {item.data.item} ({item.data.action})")
            elif isinstance(item, FolderCompletionEvent) and item.data.completion == 100:
                print(f"event        #{item.id} FolderCompletion {item.data.folder}: 100 %")
                break
        folder = st.config.folder("photos")
        print(f"config       folder {folder.id!r} at {folder.path}, {len(folder.devices)} devices, type {folder.type}")
    held, _ = share_folder(server, peer, "held", b_options={"minDiskFree": {"value": 100, "unit": "%"}})
    for index in range(25):
        (held / f"doc-{index}.txt").write_text(str(index))
    with Syncthing(server.url, server.api_key) as origin:
        origin.db.scan(folder="held")
    with Syncthing(peer.url, peer.api_key) as st:
        wait_for("the peer to need the files", lambda: st.db.status(folder="held").need_files == 25 or None)
        needed = [file.name for _, file in st.db.iter_need("held", perpage=10)]
        print(f"pagination   iter_need('held', perpage=10): {len(needed)} files in 3 pages, first {needed[0]!r}")
        print(f"version      {st.server_version()}; refused before sending: ", end="")
        try:
            st.system.loglevels()
        except UnsupportedOperationError as error:
            print(error)


def main() -> None:
    version = sys.argv[1] if len(sys.argv) > 1 else "1.29.5"
    print(f"starting two throwaway Syncthing {version} servers on 127.0.0.1 …")
    with Sandbox.start(version) as server, Sandbox.start(version) as peer:
        pair(server, peer)
        print(f"paired {server.url} with {peer.url}\n")
        tour(server, peer)
        sync_tour(server, peer)
    print("\nservers stopped, homes removed")


if __name__ == "__main__":
    main()
