"""``make bench``: every target of the performance issue, measured against live Syncthing 1.29.5 servers started here.

Sections, each in its own module: one call and 200 at once against the raw baselines and peers (``bench.calls``),
the full configuration of 2,000 folders against aiosyncthing (``bench.big_config``), both on one server; then
``import syncthing_client`` against ``import httpx`` (``bench.imports``), a fleet of 20 servers followed and polled
by one process, ours against aiosyncthing (``bench.fleet``), typed events per second (``bench.events``) and the
memory of paginated iteration (``bench.pagination``). The run ends with every target, each marked met or not.
"""

from __future__ import annotations

from bench import big_config, calls, events, fleet, imports, pagination
from tools.sandbox import Sandbox


def main() -> None:
    with Sandbox.start("1.29.5") as sandbox:
        print(f"syncthing {sandbox.version} on {sandbox.url}, loopback only")
        targets = []
        for measured_on_server in (calls, big_config):
            lines, more = measured_on_server.rows(sandbox)
            print("\n" + "\n".join(lines))
            targets += more
    for section in (imports, fleet, events, pagination):
        lines, more = section.rows()
        print("\n" + "\n".join(lines))
        targets += more
    print(f"\nTargets of this run: {sum(target.met for target in targets)} of {len(targets)} met")
    print("\n".join(target.line() for target in targets))


if __name__ == "__main__":
    main()
