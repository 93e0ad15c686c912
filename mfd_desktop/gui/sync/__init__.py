"""GUI of the sync module: the "Server & Synchronisation" settings section and the
background sync (timer + network reachability). The shell calls `background.install(ctx)`
once at start-up."""
