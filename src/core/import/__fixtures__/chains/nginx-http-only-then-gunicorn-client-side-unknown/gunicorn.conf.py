bind = "127.0.0.1:8000"
workers = 3
worker_class = "gthread"
threads = 2
keepalive = 5
