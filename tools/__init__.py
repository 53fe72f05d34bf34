"""Developer tools: tools/sandbox.py runs throwaway, loopback-only Syncthing servers."""
