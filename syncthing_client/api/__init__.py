"""The generated half of ``Syncthing`` / ``AsyncSyncthing``: one lazily built namespace per tag, and the table of
every operation with the Syncthing versions that serve it (from the spec's ``x-syncthing-*`` extensions)."""

from functools import cached_property
from typing import TYPE_CHECKING, Final

from .._operations import Operation, RequestRules
from .._send import AsyncSender, SyncSender
from ..client import Client

if TYPE_CHECKING:
    from .cluster import AsyncClusterApi, ClusterApi
    from .config import AsyncConfigApi, ConfigApi
    from .db import AsyncDbApi, DbApi
    from .debug import AsyncDebugApi, DebugApi
    from .events import AsyncEventsApi, EventsApi
    from .folder import AsyncFolderApi, FolderApi
    from .metrics import AsyncMetricsApi, MetricsApi
    from .noauth import AsyncNoauthApi, NoauthApi
    from .qr import AsyncQrApi, QrApi
    from .stats import AsyncStatsApi, StatsApi
    from .svc import AsyncSvcApi, SvcApi
    from .system import AsyncSystemApi, SystemApi

OPERATIONS: Final[dict[str, Operation]] = {
    "cluster_dismiss_pending_device": Operation(
        id="cluster_dismiss_pending_device",
        method="DELETE",
        path="/rest/cluster/pending/devices",
        since="1.18.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"device": "device"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"device": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "cluster_dismiss_pending_folder": Operation(
        id="cluster_dismiss_pending_folder",
        method="DELETE",
        path="/rest/cluster/pending/folders",
        since="1.18.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder", "device": "device"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1, "device": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "cluster_pending_devices": Operation(
        id="cluster_pending_devices",
        method="GET",
        path="/rest/cluster/pending/devices",
        since="1.13.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "cluster_pending_folders": Operation(
        id="cluster_pending_folders",
        method="GET",
        path="/rest/cluster/pending/folders",
        since="1.13.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"device": "device"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"device": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_add_device": Operation(
        id="config_add_device",
        method="POST",
        path="/rest/config/devices",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"properties": {"compression": {"enum": ["metadata", "never", "always"]}}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_add_devices": Operation(
        id="config_add_devices",
        method="PUT",
        path="/rest/config/devices",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"items": {"properties": {"compression": {"enum": ["metadata", "never", "always"]}}}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_add_folder": Operation(
        id="config_add_folder",
        method="POST",
        path="/rest/config/folders",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={
                "properties": {
                    "filesystemType": {"enum": ["basic", "fake"]},
                    "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                    "devices": {
                        "items": {
                            "x-syncthing-patch-required": {
                                "properties": ["deviceID", "introducedBy", "encryptionPassword"],
                                "reason": "Syncthing writes each entry of the list over the entry that was at the same place, whatever its device, so a field left out would keep another device's value",
                            }
                        }
                    },
                    "versioning": {
                        "x-syncthing-patch-required": {
                            "properties": ["cleanupIntervalS"],
                            "reason": "Syncthing reads a versioning object over its defaults, so a cleanupIntervalS left out becomes 3600 instead of keeping its value",
                        },
                        "properties": {
                            "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                            "fsType": {"enum": ["basic", "fake"]},
                        },
                    },
                    "order": {
                        "enum": ["random", "alphabetic", "smallestFirst", "largestFirst", "oldestFirst", "newestFirst"]
                    },
                    "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                    "copyRangeMethod": {
                        "enum": ["standard", "ioctl", "copy_file_range", "sendfile", "duplicate_extents", "all"]
                    },
                    "xattrFilter": {
                        "properties": {
                            "entries": {
                                "items": {
                                    "x-syncthing-patch-required": {
                                        "properties": ["match", "permit"],
                                        "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                    }
                                }
                            }
                        }
                    },
                }
            },
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_add_folders": Operation(
        id="config_add_folders",
        method="PUT",
        path="/rest/config/folders",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={
                "items": {
                    "properties": {
                        "filesystemType": {"enum": ["basic", "fake"]},
                        "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                        "versioning": {
                            "properties": {
                                "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                                "fsType": {"enum": ["basic", "fake"]},
                            }
                        },
                        "order": {
                            "enum": [
                                "random",
                                "alphabetic",
                                "smallestFirst",
                                "largestFirst",
                                "oldestFirst",
                                "newestFirst",
                            ]
                        },
                        "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                        "copyRangeMethod": {
                            "enum": ["standard", "ioctl", "copy_file_range", "sendfile", "duplicate_extents", "all"]
                        },
                        "xattrFilter": {
                            "properties": {
                                "entries": {
                                    "items": {
                                        "x-syncthing-patch-required": {
                                            "properties": ["match", "permit"],
                                            "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                        }
                                    }
                                }
                            }
                        },
                    }
                }
            },
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_default_device": Operation(
        id="config_default_device",
        method="GET",
        path="/rest/config/defaults/device",
        since="1.14.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_default_folder": Operation(
        id="config_default_folder",
        method="GET",
        path="/rest/config/defaults/folder",
        since="1.14.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_default_ignores": Operation(
        id="config_default_ignores",
        method="GET",
        path="/rest/config/defaults/ignores",
        since="1.19.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_delete_device": Operation(
        id="config_delete_device",
        method="DELETE",
        path="/rest/config/devices/{id}",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"id": "device"},
        rules=RequestRules(
            path_patterns={"id": "^(?!\\.\\.?$)[^/]+$"},
            bounds={},
            min_lengths={},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_delete_folder": Operation(
        id="config_delete_folder",
        method="DELETE",
        path="/rest/config/folders/{id}",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"id": "folder"},
        rules=RequestRules(
            path_patterns={"id": "^(?!\\.\\.?$)[^/]+$"},
            bounds={},
            min_lengths={},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_device": Operation(
        id="config_device",
        method="GET",
        path="/rest/config/devices/{id}",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"id": "device"},
        rules=RequestRules(
            path_patterns={"id": "^(?!\\.\\.?$)[^/]+$"},
            bounds={},
            min_lengths={},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_devices": Operation(
        id="config_devices",
        method="GET",
        path="/rest/config/devices",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_folder": Operation(
        id="config_folder",
        method="GET",
        path="/rest/config/folders/{id}",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"id": "folder"},
        rules=RequestRules(
            path_patterns={"id": "^(?!\\.\\.?$)[^/]+$"},
            bounds={},
            min_lengths={},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_folders": Operation(
        id="config_folders",
        method="GET",
        path="/rest/config/folders",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_full": Operation(
        id="config_full",
        method="GET",
        path="/rest/config",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_gui": Operation(
        id="config_gui",
        method="GET",
        path="/rest/config/gui",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_insync": Operation(
        id="config_insync",
        method="GET",
        path="/rest/config/insync",
        since="1.12.0",
        removed=None,
        deprecated=True,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_ldap": Operation(
        id="config_ldap",
        method="GET",
        path="/rest/config/ldap",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_options": Operation(
        id="config_options",
        method="GET",
        path="/rest/config/options",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_replace_default_device": Operation(
        id="config_replace_default_device",
        method="PUT",
        path="/rest/config/defaults/device",
        since="1.14.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"properties": {"compression": {"enum": ["metadata", "never", "always"]}}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_replace_default_folder": Operation(
        id="config_replace_default_folder",
        method="PUT",
        path="/rest/config/defaults/folder",
        since="1.14.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={
                "properties": {
                    "filesystemType": {"enum": ["basic", "fake"]},
                    "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                    "versioning": {
                        "properties": {
                            "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                            "fsType": {"enum": ["basic", "fake"]},
                        }
                    },
                    "order": {
                        "enum": ["random", "alphabetic", "smallestFirst", "largestFirst", "oldestFirst", "newestFirst"]
                    },
                    "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                    "copyRangeMethod": {
                        "enum": ["standard", "ioctl", "copy_file_range", "sendfile", "duplicate_extents", "all"]
                    },
                    "xattrFilter": {
                        "properties": {
                            "entries": {
                                "items": {
                                    "x-syncthing-patch-required": {
                                        "properties": ["match", "permit"],
                                        "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                    }
                                }
                            }
                        }
                    },
                }
            },
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_replace_default_ignores": Operation(
        id="config_replace_default_ignores",
        method="PUT",
        path="/rest/config/defaults/ignores",
        since="1.19.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_replace_device": Operation(
        id="config_replace_device",
        method="PUT",
        path="/rest/config/devices/{id}",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"id": "device"},
        rules=RequestRules(
            path_patterns={"id": "^(?!\\.\\.?$)[^/]+$"},
            bounds={},
            min_lengths={},
            body={"properties": {"compression": {"enum": ["metadata", "never", "always"]}}},
            body_id="deviceID",
            refused_before=None,
        ),
    ),
    "config_replace_folder": Operation(
        id="config_replace_folder",
        method="PUT",
        path="/rest/config/folders/{id}",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"id": "folder"},
        rules=RequestRules(
            path_patterns={"id": "^(?!\\.\\.?$)[^/]+$"},
            bounds={},
            min_lengths={},
            body={
                "properties": {
                    "filesystemType": {"enum": ["basic", "fake"]},
                    "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                    "versioning": {
                        "properties": {
                            "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                            "fsType": {"enum": ["basic", "fake"]},
                        }
                    },
                    "order": {
                        "enum": ["random", "alphabetic", "smallestFirst", "largestFirst", "oldestFirst", "newestFirst"]
                    },
                    "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                    "copyRangeMethod": {
                        "enum": ["standard", "ioctl", "copy_file_range", "sendfile", "duplicate_extents", "all"]
                    },
                    "xattrFilter": {
                        "properties": {
                            "entries": {
                                "items": {
                                    "x-syncthing-patch-required": {
                                        "properties": ["match", "permit"],
                                        "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                    }
                                }
                            }
                        }
                    },
                }
            },
            body_id="id",
            refused_before=None,
        ),
    ),
    "config_replace_full": Operation(
        id="config_replace_full",
        method="PUT",
        path="/rest/config",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={
                "properties": {
                    "folders": {
                        "items": {
                            "properties": {
                                "filesystemType": {"enum": ["basic", "fake"]},
                                "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                                "versioning": {
                                    "properties": {
                                        "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                                        "fsType": {"enum": ["basic", "fake"]},
                                    }
                                },
                                "order": {
                                    "enum": [
                                        "random",
                                        "alphabetic",
                                        "smallestFirst",
                                        "largestFirst",
                                        "oldestFirst",
                                        "newestFirst",
                                    ]
                                },
                                "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                                "copyRangeMethod": {
                                    "enum": [
                                        "standard",
                                        "ioctl",
                                        "copy_file_range",
                                        "sendfile",
                                        "duplicate_extents",
                                        "all",
                                    ]
                                },
                                "xattrFilter": {
                                    "properties": {
                                        "entries": {
                                            "items": {
                                                "x-syncthing-patch-required": {
                                                    "properties": ["match", "permit"],
                                                    "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                                }
                                            }
                                        }
                                    }
                                },
                            }
                        }
                    },
                    "devices": {"items": {"properties": {"compression": {"enum": ["metadata", "never", "always"]}}}},
                    "gui": {"properties": {"authMode": {"enum": ["static", "ldap"]}, "apiKey": {"minLength": 1}}},
                    "ldap": {"properties": {"transport": {"enum": ["plain", "tls", "starttls"]}}},
                    "options": {"properties": {"databaseTuning": {"enum": ["auto", "small", "large"]}}},
                    "defaults": {
                        "properties": {
                            "folder": {
                                "properties": {
                                    "filesystemType": {"enum": ["basic", "fake"]},
                                    "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                                    "versioning": {
                                        "properties": {
                                            "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                                            "fsType": {"enum": ["basic", "fake"]},
                                        }
                                    },
                                    "order": {
                                        "enum": [
                                            "random",
                                            "alphabetic",
                                            "smallestFirst",
                                            "largestFirst",
                                            "oldestFirst",
                                            "newestFirst",
                                        ]
                                    },
                                    "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                                    "copyRangeMethod": {
                                        "enum": [
                                            "standard",
                                            "ioctl",
                                            "copy_file_range",
                                            "sendfile",
                                            "duplicate_extents",
                                            "all",
                                        ]
                                    },
                                    "xattrFilter": {
                                        "properties": {
                                            "entries": {
                                                "items": {
                                                    "x-syncthing-patch-required": {
                                                        "properties": ["match", "permit"],
                                                        "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                                    }
                                                }
                                            }
                                        }
                                    },
                                }
                            },
                            "device": {"properties": {"compression": {"enum": ["metadata", "never", "always"]}}},
                        }
                    },
                }
            },
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_replace_gui": Operation(
        id="config_replace_gui",
        method="PUT",
        path="/rest/config/gui",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"properties": {"authMode": {"enum": ["static", "ldap"]}, "apiKey": {"minLength": 1}}},
            body_id=None,
            refused_before={
                "release": "1.25.0",
                "field": "password",
                "pattern": "^\\$2[abxy]?\\$",
                "reason": "releases before 1.25.0 hash the password of this PUT again even when it is the stored hash, so the GUI password would stop working; change the other fields with PATCH (update_gui), or give the password in plain text",
            },
        ),
    ),
    "config_replace_ldap": Operation(
        id="config_replace_ldap",
        method="PUT",
        path="/rest/config/ldap",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"properties": {"transport": {"enum": ["plain", "tls", "starttls"]}}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_replace_options": Operation(
        id="config_replace_options",
        method="PUT",
        path="/rest/config/options",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"properties": {"databaseTuning": {"enum": ["auto", "small", "large"]}}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_restart_required": Operation(
        id="config_restart_required",
        method="GET",
        path="/rest/config/restart-required",
        since="1.15.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "config_update_default_device": Operation(
        id="config_update_default_device",
        method="PATCH",
        path="/rest/config/defaults/device",
        since="1.14.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"properties": {"compression": {"enum": ["metadata", "never", "always"]}}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_update_default_folder": Operation(
        id="config_update_default_folder",
        method="PATCH",
        path="/rest/config/defaults/folder",
        since="1.14.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={
                "properties": {
                    "filesystemType": {"enum": ["basic", "fake"]},
                    "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                    "devices": {
                        "items": {
                            "x-syncthing-patch-required": {
                                "properties": ["deviceID", "introducedBy", "encryptionPassword"],
                                "reason": "Syncthing writes each entry of the list over the entry that was at the same place, whatever its device, so a field left out would keep another device's value",
                            }
                        }
                    },
                    "versioning": {
                        "x-syncthing-patch-required": {
                            "properties": ["cleanupIntervalS"],
                            "reason": "Syncthing reads a versioning object over its defaults, so a cleanupIntervalS left out becomes 3600 instead of keeping its value",
                        },
                        "properties": {
                            "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                            "fsType": {"enum": ["basic", "fake"]},
                        },
                    },
                    "order": {
                        "enum": ["random", "alphabetic", "smallestFirst", "largestFirst", "oldestFirst", "newestFirst"]
                    },
                    "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                    "copyRangeMethod": {
                        "enum": ["standard", "ioctl", "copy_file_range", "sendfile", "duplicate_extents", "all"]
                    },
                    "xattrFilter": {
                        "properties": {
                            "entries": {
                                "items": {
                                    "x-syncthing-patch-required": {
                                        "properties": ["match", "permit"],
                                        "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                    }
                                }
                            }
                        }
                    },
                }
            },
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_update_device": Operation(
        id="config_update_device",
        method="PATCH",
        path="/rest/config/devices/{id}",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"id": "device"},
        rules=RequestRules(
            path_patterns={"id": "^(?!\\.\\.?$)[^/]+$"},
            bounds={},
            min_lengths={},
            body={"properties": {"compression": {"enum": ["metadata", "never", "always"]}}},
            body_id="deviceID",
            refused_before=None,
        ),
    ),
    "config_update_folder": Operation(
        id="config_update_folder",
        method="PATCH",
        path="/rest/config/folders/{id}",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"id": "folder"},
        rules=RequestRules(
            path_patterns={"id": "^(?!\\.\\.?$)[^/]+$"},
            bounds={},
            min_lengths={},
            body={
                "properties": {
                    "filesystemType": {"enum": ["basic", "fake"]},
                    "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                    "devices": {
                        "items": {
                            "x-syncthing-patch-required": {
                                "properties": ["deviceID", "introducedBy", "encryptionPassword"],
                                "reason": "Syncthing writes each entry of the list over the entry that was at the same place, whatever its device, so a field left out would keep another device's value",
                            }
                        }
                    },
                    "versioning": {
                        "x-syncthing-patch-required": {
                            "properties": ["cleanupIntervalS"],
                            "reason": "Syncthing reads a versioning object over its defaults, so a cleanupIntervalS left out becomes 3600 instead of keeping its value",
                        },
                        "properties": {
                            "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                            "fsType": {"enum": ["basic", "fake"]},
                        },
                    },
                    "order": {
                        "enum": ["random", "alphabetic", "smallestFirst", "largestFirst", "oldestFirst", "newestFirst"]
                    },
                    "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                    "copyRangeMethod": {
                        "enum": ["standard", "ioctl", "copy_file_range", "sendfile", "duplicate_extents", "all"]
                    },
                    "xattrFilter": {
                        "properties": {
                            "entries": {
                                "items": {
                                    "x-syncthing-patch-required": {
                                        "properties": ["match", "permit"],
                                        "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                    }
                                }
                            }
                        }
                    },
                }
            },
            body_id="id",
            refused_before=None,
        ),
    ),
    "config_update_gui": Operation(
        id="config_update_gui",
        method="PATCH",
        path="/rest/config/gui",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"properties": {"authMode": {"enum": ["static", "ldap"]}, "apiKey": {"minLength": 1}}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_update_ldap": Operation(
        id="config_update_ldap",
        method="PATCH",
        path="/rest/config/ldap",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"properties": {"transport": {"enum": ["plain", "tls", "starttls"]}}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "config_update_options": Operation(
        id="config_update_options",
        method="PATCH",
        path="/rest/config/options",
        since="1.12.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"properties": {"databaseTuning": {"enum": ["auto", "small", "large"]}}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_browse": Operation(
        id="db_browse",
        method="GET",
        path="/rest/db/browse",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_completion": Operation(
        id="db_completion",
        method="GET",
        path="/rest/db/completion",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder", "device": "device"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1, "device": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_file": Operation(
        id="db_file",
        method="GET",
        path="/rest/db/file",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_ignores": Operation(
        id="db_ignores",
        method="GET",
        path="/rest/db/ignores",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field="error",
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_localchanged": Operation(
        id="db_localchanged",
        method="GET",
        path="/rest/db/localchanged",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={"page": (1, 2147483647), "perpage": (1, 65536)},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_need": Operation(
        id="db_need",
        method="GET",
        path="/rest/db/need",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={"page": (1, 2147483647), "perpage": (1, 65536)},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_override": Operation(
        id="db_override",
        method="POST",
        path="/rest/db/override",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_prioritize": Operation(
        id="db_prioritize",
        method="POST",
        path="/rest/db/prio",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={"page": (1, 2147483647), "perpage": (1, 65536)},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_remoteneed": Operation(
        id="db_remoteneed",
        method="GET",
        path="/rest/db/remoteneed",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder", "device": "device"},
        rules=RequestRules(
            path_patterns={},
            bounds={"page": (1, 2147483647), "perpage": (1, 65536)},
            min_lengths={"folder": 1, "device": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_revert": Operation(
        id="db_revert",
        method="POST",
        path="/rest/db/revert",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_scan": Operation(
        id="db_scan",
        method="POST",
        path="/rest/db/scan",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_set_ignores": Operation(
        id="db_set_ignores",
        method="POST",
        path="/rest/db/ignores",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field="error",
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "db_status": Operation(
        id="db_status",
        method="GET",
        path="/rest/db/status",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "debug_cpu_profile": Operation(
        id="debug_cpu_profile",
        method="GET",
        path="/rest/debug/cpuprof",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "debug_file": Operation(
        id="debug_file",
        method="GET",
        path="/rest/debug/file",
        since="1.13.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "debug_heap_profile": Operation(
        id="debug_heap_profile",
        method="GET",
        path="/rest/debug/heapprof",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "debug_http_metrics": Operation(
        id="debug_http_metrics",
        method="GET",
        path="/rest/debug/httpmetrics",
        since="1.2.0",
        removed="2.0.0",
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "debug_peer_completion": Operation(
        id="debug_peer_completion",
        method="GET",
        path="/rest/debug/peerCompletion",
        since="1.2.0",
        removed="2.0.0",
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "debug_support_bundle": Operation(
        id="debug_support_bundle",
        method="GET",
        path="/rest/debug/support",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "events_disk": Operation(
        id="events_disk",
        method="GET",
        path="/rest/events/disk",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "events_poll": Operation(
        id="events_poll",
        method="GET",
        path="/rest/events",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "folder_errors": Operation(
        id="folder_errors",
        method="GET",
        path="/rest/folder/errors",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={"page": (1, 2147483647), "perpage": (1, 65536)},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "folder_pullerrors": Operation(
        id="folder_pullerrors",
        method="GET",
        path="/rest/folder/pullerrors",
        since="1.2.0",
        removed=None,
        deprecated=True,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={"page": (1, 2147483647), "perpage": (1, 65536)},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "folder_restore_versions": Operation(
        id="folder_restore_versions",
        method="POST",
        path="/rest/folder/versions",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "folder_versions": Operation(
        id="folder_versions",
        method="GET",
        path="/rest/folder/versions",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "metrics_prometheus": Operation(
        id="metrics_prometheus",
        method="GET",
        path="/metrics",
        since="1.24.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "noauth_health": Operation(
        id="noauth_health",
        method="GET",
        path="/rest/noauth/health",
        since="1.23.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "noauth_login": Operation(
        id="noauth_login",
        method="POST",
        path="/rest/noauth/auth/password",
        since="1.26.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "noauth_logout": Operation(
        id="noauth_logout",
        method="POST",
        path="/rest/noauth/auth/logout",
        since="1.26.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "qr_code": Operation(
        id="qr_code",
        method="GET",
        path="/qr/",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "stats_devices": Operation(
        id="stats_devices",
        method="GET",
        path="/rest/stats/device",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "stats_folders": Operation(
        id="stats_folders",
        method="GET",
        path="/rest/stats/folder",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "svc_deviceid": Operation(
        id="svc_deviceid",
        method="GET",
        path="/rest/svc/deviceid",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field="error",
        names={},
        rules=None,
    ),
    "svc_languages": Operation(
        id="svc_languages",
        method="GET",
        path="/rest/svc/lang",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "svc_random_string": Operation(
        id="svc_random_string",
        method="GET",
        path="/rest/svc/random/string",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={"length": (None, 65536)},
            min_lengths={},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "svc_report": Operation(
        id="svc_report",
        method="GET",
        path="/rest/svc/report",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_add_error": Operation(
        id="system_add_error",
        method="POST",
        path="/rest/system/error",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_browse": Operation(
        id="system_browse",
        method="GET",
        path="/rest/system/browse",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_clear_errors": Operation(
        id="system_clear_errors",
        method="POST",
        path="/rest/system/error/clear",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_config": Operation(
        id="system_config",
        method="GET",
        path="/rest/system/config",
        since="1.2.0",
        removed=None,
        deprecated=True,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_config_insync": Operation(
        id="system_config_insync",
        method="GET",
        path="/rest/system/config/insync",
        since="1.2.0",
        removed=None,
        deprecated=True,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_connections": Operation(
        id="system_connections",
        method="GET",
        path="/rest/system/connections",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_debug": Operation(
        id="system_debug",
        method="GET",
        path="/rest/system/debug",
        since="1.2.0",
        removed="2.0.0",
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_discovery": Operation(
        id="system_discovery",
        method="GET",
        path="/rest/system/discovery",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_errors": Operation(
        id="system_errors",
        method="GET",
        path="/rest/system/error",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_log": Operation(
        id="system_log",
        method="GET",
        path="/rest/system/log",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_log_text": Operation(
        id="system_log_text",
        method="GET",
        path="/rest/system/log.txt",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_loglevels": Operation(
        id="system_loglevels",
        method="GET",
        path="/rest/system/loglevels",
        since="2.0.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_paths": Operation(
        id="system_paths",
        method="GET",
        path="/rest/system/paths",
        since="1.21.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_pause": Operation(
        id="system_pause",
        method="POST",
        path="/rest/system/pause",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"device": "device"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"device": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "system_perform_upgrade": Operation(
        id="system_perform_upgrade",
        method="POST",
        path="/rest/system/upgrade",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_ping": Operation(
        id="system_ping",
        method="GET",
        path="/rest/system/ping",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_ping_post": Operation(
        id="system_ping_post",
        method="POST",
        path="/rest/system/ping",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_reset": Operation(
        id="system_reset",
        method="POST",
        path="/rest/system/reset",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"folder": "folder"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"folder": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "system_restart": Operation(
        id="system_restart",
        method="POST",
        path="/rest/system/restart",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_resume": Operation(
        id="system_resume",
        method="POST",
        path="/rest/system/resume",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={"device": "device"},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={"device": 1},
            body=None,
            body_id=None,
            refused_before=None,
        ),
    ),
    "system_set_config": Operation(
        id="system_set_config",
        method="POST",
        path="/rest/system/config",
        since="1.2.0",
        removed=None,
        deprecated=True,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={
                "properties": {
                    "folders": {
                        "items": {
                            "properties": {
                                "filesystemType": {"enum": ["basic", "fake"]},
                                "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                                "versioning": {
                                    "properties": {
                                        "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                                        "fsType": {"enum": ["basic", "fake"]},
                                    }
                                },
                                "order": {
                                    "enum": [
                                        "random",
                                        "alphabetic",
                                        "smallestFirst",
                                        "largestFirst",
                                        "oldestFirst",
                                        "newestFirst",
                                    ]
                                },
                                "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                                "copyRangeMethod": {
                                    "enum": [
                                        "standard",
                                        "ioctl",
                                        "copy_file_range",
                                        "sendfile",
                                        "duplicate_extents",
                                        "all",
                                    ]
                                },
                                "xattrFilter": {
                                    "properties": {
                                        "entries": {
                                            "items": {
                                                "x-syncthing-patch-required": {
                                                    "properties": ["match", "permit"],
                                                    "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                                }
                                            }
                                        }
                                    }
                                },
                            }
                        }
                    },
                    "devices": {"items": {"properties": {"compression": {"enum": ["metadata", "never", "always"]}}}},
                    "gui": {"properties": {"authMode": {"enum": ["static", "ldap"]}, "apiKey": {"minLength": 1}}},
                    "ldap": {"properties": {"transport": {"enum": ["plain", "tls", "starttls"]}}},
                    "options": {"properties": {"databaseTuning": {"enum": ["auto", "small", "large"]}}},
                    "defaults": {
                        "properties": {
                            "folder": {
                                "properties": {
                                    "filesystemType": {"enum": ["basic", "fake"]},
                                    "type": {"enum": ["sendreceive", "sendonly", "receiveonly", "receiveencrypted"]},
                                    "versioning": {
                                        "properties": {
                                            "type": {"enum": ["", "simple", "staggered", "trashcan", "external"]},
                                            "fsType": {"enum": ["basic", "fake"]},
                                        }
                                    },
                                    "order": {
                                        "enum": [
                                            "random",
                                            "alphabetic",
                                            "smallestFirst",
                                            "largestFirst",
                                            "oldestFirst",
                                            "newestFirst",
                                        ]
                                    },
                                    "blockPullOrder": {"enum": ["standard", "random", "inOrder"]},
                                    "copyRangeMethod": {
                                        "enum": [
                                            "standard",
                                            "ioctl",
                                            "copy_file_range",
                                            "sendfile",
                                            "duplicate_extents",
                                            "all",
                                        ]
                                    },
                                    "xattrFilter": {
                                        "properties": {
                                            "entries": {
                                                "items": {
                                                    "x-syncthing-patch-required": {
                                                        "properties": ["match", "permit"],
                                                        "reason": "Syncthing writes each entry of the list over the entry that was at the same place, so a field left out would keep that entry's value",
                                                    }
                                                }
                                            }
                                        }
                                    },
                                }
                            },
                            "device": {"properties": {"compression": {"enum": ["metadata", "never", "always"]}}},
                        }
                    },
                }
            },
            body_id=None,
            refused_before=None,
        ),
    ),
    "system_set_debug": Operation(
        id="system_set_debug",
        method="POST",
        path="/rest/system/debug",
        since="1.2.0",
        removed="2.0.0",
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_set_loglevels": Operation(
        id="system_set_loglevels",
        method="POST",
        path="/rest/system/loglevels",
        since="2.0.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=RequestRules(
            path_patterns={},
            bounds={},
            min_lengths={},
            body={"additionalProperties": {"enum": ["DEBUG", "INFO", "WARN", "ERROR"]}},
            body_id=None,
            refused_before=None,
        ),
    ),
    "system_shutdown": Operation(
        id="system_shutdown",
        method="POST",
        path="/rest/system/shutdown",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_status": Operation(
        id="system_status",
        method="GET",
        path="/rest/system/status",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_upgrade": Operation(
        id="system_upgrade",
        method="GET",
        path="/rest/system/upgrade",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
    "system_version": Operation(
        id="system_version",
        method="GET",
        path="/rest/system/version",
        since="1.2.0",
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    ),
}

# The generated _parse_response functions take a client only to decide what to do with an undocumented status;
# the senders raise for every non-2xx answer before parsing, so this one is never asked anything else.
PARSE_CONTEXT: Final = Client(base_url="", raise_on_unexpected_status=True)


class SyncthingApi:
    """Every Syncthing operation, grouped by the ``/rest/<tag>/`` segment of its path."""

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    @cached_property
    def cluster(self) -> "ClusterApi":
        """Operations under ``/rest/cluster/``."""
        from .cluster import ClusterApi

        return ClusterApi(self._sender)

    @cached_property
    def config(self) -> "ConfigApi":
        """Operations under ``/rest/config/``."""
        from .config import ConfigApi

        return ConfigApi(self._sender)

    @cached_property
    def db(self) -> "DbApi":
        """Operations under ``/rest/db/``."""
        from .db import DbApi

        return DbApi(self._sender)

    @cached_property
    def debug(self) -> "DebugApi":
        """Operations under ``/rest/debug/``."""
        from .debug import DebugApi

        return DebugApi(self._sender)

    @cached_property
    def events(self) -> "EventsApi":
        """Operations under ``/rest/events/``."""
        from .events import EventsApi

        return EventsApi(self._sender)

    @cached_property
    def folder(self) -> "FolderApi":
        """Operations under ``/rest/folder/``."""
        from .folder import FolderApi

        return FolderApi(self._sender)

    @cached_property
    def metrics(self) -> "MetricsApi":
        """Operations under ``/metrics``."""
        from .metrics import MetricsApi

        return MetricsApi(self._sender)

    @cached_property
    def noauth(self) -> "NoauthApi":
        """Operations under ``/rest/noauth/``."""
        from .noauth import NoauthApi

        return NoauthApi(self._sender)

    @cached_property
    def qr(self) -> "QrApi":
        """Operations under ``/qr``."""
        from .qr import QrApi

        return QrApi(self._sender)

    @cached_property
    def stats(self) -> "StatsApi":
        """Operations under ``/rest/stats/``."""
        from .stats import StatsApi

        return StatsApi(self._sender)

    @cached_property
    def svc(self) -> "SvcApi":
        """Operations under ``/rest/svc/``."""
        from .svc import SvcApi

        return SvcApi(self._sender)

    @cached_property
    def system(self) -> "SystemApi":
        """Operations under ``/rest/system/``."""
        from .system import SystemApi

        return SystemApi(self._sender)


class AsyncSyncthingApi:
    """Every Syncthing operation, grouped by the ``/rest/<tag>/`` segment of its path (async)."""

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    @cached_property
    def cluster(self) -> "AsyncClusterApi":
        """Operations under ``/rest/cluster/``."""
        from .cluster import AsyncClusterApi

        return AsyncClusterApi(self._sender)

    @cached_property
    def config(self) -> "AsyncConfigApi":
        """Operations under ``/rest/config/``."""
        from .config import AsyncConfigApi

        return AsyncConfigApi(self._sender)

    @cached_property
    def db(self) -> "AsyncDbApi":
        """Operations under ``/rest/db/``."""
        from .db import AsyncDbApi

        return AsyncDbApi(self._sender)

    @cached_property
    def debug(self) -> "AsyncDebugApi":
        """Operations under ``/rest/debug/``."""
        from .debug import AsyncDebugApi

        return AsyncDebugApi(self._sender)

    @cached_property
    def events(self) -> "AsyncEventsApi":
        """Operations under ``/rest/events/``."""
        from .events import AsyncEventsApi

        return AsyncEventsApi(self._sender)

    @cached_property
    def folder(self) -> "AsyncFolderApi":
        """Operations under ``/rest/folder/``."""
        from .folder import AsyncFolderApi

        return AsyncFolderApi(self._sender)

    @cached_property
    def metrics(self) -> "AsyncMetricsApi":
        """Operations under ``/metrics``."""
        from .metrics import AsyncMetricsApi

        return AsyncMetricsApi(self._sender)

    @cached_property
    def noauth(self) -> "AsyncNoauthApi":
        """Operations under ``/rest/noauth/``."""
        from .noauth import AsyncNoauthApi

        return AsyncNoauthApi(self._sender)

    @cached_property
    def qr(self) -> "AsyncQrApi":
        """Operations under ``/qr``."""
        from .qr import AsyncQrApi

        return AsyncQrApi(self._sender)

    @cached_property
    def stats(self) -> "AsyncStatsApi":
        """Operations under ``/rest/stats/``."""
        from .stats import AsyncStatsApi

        return AsyncStatsApi(self._sender)

    @cached_property
    def svc(self) -> "AsyncSvcApi":
        """Operations under ``/rest/svc/``."""
        from .svc import AsyncSvcApi

        return AsyncSvcApi(self._sender)

    @cached_property
    def system(self) -> "AsyncSystemApi":
        """Operations under ``/rest/system/``."""
        from .system import AsyncSystemApi

        return AsyncSystemApi(self._sender)


__all__ = ["OPERATIONS", "AsyncSyncthingApi", "SyncthingApi"]
