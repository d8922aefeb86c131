keep_alive_seconds         = 130
upstream_keepalive_seconds = 15
