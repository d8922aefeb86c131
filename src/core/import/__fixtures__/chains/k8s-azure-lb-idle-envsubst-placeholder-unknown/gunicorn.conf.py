bind = "0.0.0.0:8000"
worker_class = "gthread"
threads = 4
keepalive = 45
