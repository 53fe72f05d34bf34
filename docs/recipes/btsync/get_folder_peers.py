from syncthing_client import Syncthing


def get_folder_peers(st: Syncthing, folder_id: str) -> list[dict[str, object]]:
    """The devices a folder is shared with, in the shape of BTSync's get_folder_peers.

    ``download`` and ``upload`` are the bytes received from and sent to the device over its current connection,
    for all folders together: Syncthing counts traffic per connection, not per folder.
    """
    connections = st.system.connections().connections
    answer: list[dict[str, object]] = []
    for peer in st.tasks.folder_peers(folder_id):
        connection = connections.get(peer.device_id)
        answer.append(
            {
                "id": peer.device_id,
                "name": peer.name,
                "connected": peer.connected,
                "connection": "relay" if connection and connection.type.startswith("relay") else "direct",
                "completion": peer.completion,
                "download": connection.in_bytes_total if connection else 0,
                "upload": connection.out_bytes_total if connection else 0,
            }
        )
    return answer
