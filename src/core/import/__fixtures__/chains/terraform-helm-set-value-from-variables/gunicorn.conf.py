bind = "0.0.0.0:8080"
workers = 2
worker_class = "gthread"
threads = 16
keepalive = 60
