# production settings, loaded with --config
keepalive = 5
worker_class = "gthread"
threads = 8
timeout = 60
