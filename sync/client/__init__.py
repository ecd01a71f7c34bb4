"""The sync engine of the field client: enroll, push the outbox, pull changes, lease challan blocks.

Headless (no Qt) and synchronous: every call runs on the thread that makes it, with a timeout on
every request. ``engine.SyncEngine`` is the entry point; ``fieldclient.services.sync`` wraps it for
the GUI and the CLI.
"""
