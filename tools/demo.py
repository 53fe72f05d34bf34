"""``make demo``: start two throwaway loopback-only Syncthing servers, pair them, and tour one through the client.

Usage: ``python -m tools.demo [VERSION]`` (default 1.29.5; 1.19.2 works too). Nothing outlives the run.
"""

import sys

from syncthing_client import AuthenticationError, OperationFailedError, Syncthing
from tools.sandbox import Sandbox, pair


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


def main() -> None:
    version = sys.argv[1] if len(sys.argv) > 1 else "1.29.5"
    print(f"starting two throwaway Syncthing {version} servers on 127.0.0.1 …")
    with Sandbox.start(version) as server, Sandbox.start(version) as peer:
        pair(server, peer)
        print(f"paired {server.url} with {peer.url}\n")
        tour(server, peer)
    print("\nservers stopped, homes removed")


if __name__ == "__main__":
    main()
