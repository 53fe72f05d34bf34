"""How fast typed decoding of one folder could get in pure Python: the floor under the full-configuration target.

Not part of ``make bench``: it explains a figure of it. The full configuration's gap to aiosyncthing is the typed
decoding of 2,000 folders (``bench.big_config``). This takes one folder as a live 1.29.5 sends it (the big
configuration's first) and times, in paired rounds in one process, two decoders that build the same
``FolderConfiguration``:

- ``generated``: ``FolderConfiguration.from_dict``, as the client runs it;
- ``inlined``: one straight-line function that reads the folder's fields and its nested models' (two devices, a
  size, versioning and its parameters, an xattr filter), checks their types in a few folded ``if`` statements and
  calls nothing but the models' constructors. It keeps no error detail (which field, where) and no unknown keys:
  no generated template could do less and still check every type.

The inlined decoder must give a model equal to the generated one, or the run stops.
Run: ``.venv/bin/python -m bench.decode_floor``.
"""

from __future__ import annotations

import statistics
import timeit
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bench.big_config import install_big_config
from syncthing_client.models import (
    FolderConfiguration,
    FolderDeviceConfiguration,
    Size,
    VersioningConfiguration,
    VersioningParams,
    XattrFilter,
    XattrFilterEntry,
)
from syncthing_client.types import UNSET
from tools.sandbox import Sandbox

if TYPE_CHECKING:
    from syncthing_client.models import (
        BlockPullOrder,
        CopyRangeMethod,
        FilesystemType,
        FolderType,
        PullOrder,
        VersioningType,
    )

ROUNDS, CALLS = 40, 2_000


class NotAFolder(ValueError):
    """What the hand-written decoder raises: no field, no path, nothing but the failure."""


def inlined(src: Any) -> FolderConfiguration:
    """The folder and its nested models, every check folded into a few ``if`` statements, no call but the
    constructors: the fastest eager decoding of this folder we know how to write in Python."""
    if type(src) is not dict:
        raise NotAFolder
    fs_type: FilesystemType
    kind: FolderType
    order: PullOrder
    block_order: BlockPullOrder
    copy_range: CopyRangeMethod
    versioning_type: VersioningType
    versions_fs_type: FilesystemType
    ident, label, fs_type, path, kind = src["id"], src["label"], src["filesystemType"], src["path"], src["type"]
    devices, rescan, watch, watch_delay = (
        src["devices"],
        src["rescanIntervalS"],
        src["fsWatcherEnabled"],
        src["fsWatcherDelayS"],
    )
    perms, normalize, disk, versioning = src["ignorePerms"], src["autoNormalize"], src["minDiskFree"], src["versioning"]
    copiers, pending, hashers, order = src["copiers"], src["pullerMaxPendingKiB"], src["hashers"], src["order"]
    no_delete, progress, pause, conflicts = (
        src["ignoreDelete"],
        src["scanProgressIntervalS"],
        src["pullerPauseS"],
        src["maxConflicts"],
    )
    no_sparse, paused, marker, owner = (
        src["disableSparseFiles"],
        src["paused"],
        src["markerName"],
        src["copyOwnershipFromParent"],
    )
    window, writes, no_fsync = src["modTimeWindowS"], src["maxConcurrentWrites"], src["disableFsync"]
    block_order, copy_range, case, junctions = (
        src["blockPullOrder"],
        src["copyRangeMethod"],
        src["caseSensitiveFS"],
        src["junctionsAsDirs"],
    )
    if not (
        type(ident) is str
        and type(label) is str
        and type(fs_type) is str
        and type(path) is str
        and type(kind) is str
        and type(devices) is list
        and type(rescan) is int
        and type(watch) is bool
        and (type(watch_delay) is int or type(watch_delay) is float)
        and type(perms) is bool
        and type(normalize) is bool
        and type(disk) is dict
        and type(versioning) is dict
        and type(copiers) is int
        and type(pending) is int
        and type(hashers) is int
        and type(order) is str
        and type(no_delete) is bool
        and type(progress) is int
        and type(pause) is int
        and type(conflicts) is int
        and type(no_sparse) is bool
        and type(paused) is bool
        and type(marker) is str
        and type(owner) is bool
        and type(window) is int
        and type(writes) is int
        and type(no_fsync) is bool
        and type(block_order) is str
        and type(copy_range) is str
        and type(case) is bool
        and type(junctions) is bool
    ):
        raise NotAFolder
    no_temp, weak, watch_timeout = (
        src.get("disableTempIndexes", UNSET),
        src.get("weakHashThresholdPct", UNSET),
        src.get("fsWatcherTimeoutS", UNSET),
    )
    sync_owner, send_owner, sync_xattrs, send_xattrs = (
        src.get("syncOwnership", UNSET),
        src.get("sendOwnership", UNSET),
        src.get("syncXattrs", UNSET),
        src.get("sendXattrs", UNSET),
    )
    xattrs, group, pull_delay, block_indexing = (
        src.get("xattrFilter", UNSET),
        src.get("group", UNSET),
        src.get("pullerDelayS", UNSET),
        src.get("blockIndexing", UNSET),
    )
    if not (
        (type(no_temp) is bool or no_temp is UNSET)
        and (type(weak) is int or weak is UNSET)
        and (type(watch_timeout) is int or type(watch_timeout) is float or watch_timeout is UNSET)
        and (type(sync_owner) is bool or sync_owner is UNSET)
        and (type(send_owner) is bool or send_owner is UNSET)
        and (type(sync_xattrs) is bool or sync_xattrs is UNSET)
        and (type(send_xattrs) is bool or send_xattrs is UNSET)
        and (type(group) is str or group is UNSET)
        and (type(pull_delay) is int or type(pull_delay) is float or pull_delay is UNSET)
        and (type(block_indexing) is bool or block_indexing is UNSET)
    ):
        raise NotAFolder
    shared = []
    for device in devices:
        if type(device) is not dict:
            raise NotAFolder
        device_id, introduced_by = device["deviceID"], device.get("introducedBy", UNSET)
        password = device.get("encryptionPassword", UNSET)
        if not (
            type(device_id) is str
            and (type(introduced_by) is str or introduced_by is UNSET)
            and (type(password) is str or password is UNSET)
        ):
            raise NotAFolder
        shared.append(FolderDeviceConfiguration(device_id, introduced_by, password))
    amount, unit = disk["value"], disk["unit"]
    if not ((type(amount) is int or type(amount) is float) and type(unit) is str):
        raise NotAFolder
    versioning_type, params = versioning["type"], versioning.get("params", UNSET)
    cleanup, versions_path = versioning.get("cleanupIntervalS", UNSET), versioning.get("fsPath", UNSET)
    versions_fs_type = versioning.get("fsType", UNSET)
    if not (
        type(versioning_type) is str
        and (type(cleanup) is int or cleanup is UNSET)
        and (type(versions_path) is str or versions_path is UNSET)
        and (type(versions_fs_type) is str or versions_fs_type is UNSET)
    ):
        raise NotAFolder
    if params is not UNSET:
        if type(params) is not dict:
            raise NotAFolder
        typed_params = VersioningParams()
        if params:
            if not all(type(value) is str for value in params.values()):
                raise NotAFolder
            typed_params.additional_properties = dict(params)
        params = typed_params
    if xattrs is not UNSET:
        if type(xattrs) is not dict:
            raise NotAFolder
        entries, single, total = (
            xattrs.get("entries", UNSET),
            xattrs.get("maxSingleEntrySize", UNSET),
            xattrs.get("maxTotalSize", UNSET),
        )
        if not (
            (type(entries) is list or entries is UNSET)
            and (type(single) is int or single is UNSET)
            and (type(total) is int or total is UNSET)
        ):
            raise NotAFolder
        if entries:
            entries = [XattrFilterEntry.from_dict(entry) for entry in entries]
        xattrs = XattrFilter(entries, single, total)
    return FolderConfiguration(
        ident,
        label,
        fs_type,
        path,
        kind,
        shared,
        rescan,
        watch,
        watch_delay,
        perms,
        normalize,
        Size(amount, unit),
        VersioningConfiguration(versioning_type, params, cleanup, versions_path, versions_fs_type),
        copiers,
        pending,
        hashers,
        order,
        no_delete,
        progress,
        pause,
        conflicts,
        no_sparse,
        paused,
        marker,
        owner,
        window,
        writes,
        no_fsync,
        block_order,
        copy_range,
        case,
        junctions,
        no_temp,
        weak,
        watch_timeout,
        sync_owner,
        send_owner,
        sync_xattrs,
        send_xattrs,
        xattrs,
        group,
        pull_delay,
        block_indexing,
    )


def folder_as_sent() -> dict[str, Any]:
    """The big configuration's first folder, as a live 1.29.5 sends it."""
    with Sandbox.start("1.29.5") as sandbox:
        install_big_config(sandbox)
        folders: list[dict[str, Any]] = sandbox.get("/rest/config")["folders"]
        return folders[0]


def per_call(decode: Callable[[dict[str, Any]], FolderConfiguration], folder: dict[str, Any]) -> float:
    """Seconds per call, best of three batches of ``CALLS``."""
    return min(timeit.repeat(lambda: decode(folder), number=CALLS, repeat=3)) / CALLS


def main() -> None:
    folder = folder_as_sent()
    contenders = {"generated": FolderConfiguration.from_dict, "inlined": inlined}
    expected = FolderConfiguration.from_dict(folder)
    for name, decode in contenders.items():
        if decode(folder) != expected:
            raise SystemExit(f"{name} does not build the folder the generated decoder builds")
    seconds: dict[str, list[float]] = {name: [] for name in contenders}
    for round_number in range(ROUNDS):
        names = list(contenders) if round_number % 2 else list(reversed(contenders))
        for name in names:
            seconds[name].append(per_call(contenders[name], folder))
    print(f"One folder ({len(folder)} keys), {ROUNDS} paired rounds, median per call; ratio to generated [quartiles]")
    for name in contenders:
        ratios = [mine / base for mine, base in zip(seconds[name], seconds["generated"], strict=True)]
        low, _, high = statistics.quantiles(ratios, n=4)
        median = statistics.median(seconds[name])
        print(f"  {name:<10} {median * 1e6:6.2f} µs  {statistics.median(ratios):.3f} [{low:.3f} to {high:.3f}]")


if __name__ == "__main__":
    main()
