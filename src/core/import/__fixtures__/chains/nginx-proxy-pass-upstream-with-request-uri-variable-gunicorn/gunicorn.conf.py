bind = "127.0.0.1:8001"
worker_class = "gthread"
threads = 8
keepalive = 30
