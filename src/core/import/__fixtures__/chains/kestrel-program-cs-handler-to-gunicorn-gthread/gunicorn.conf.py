bind = "0.0.0.0:8000"
worker_class = "gthread"
workers = 4
threads = 8
keepalive = 5
