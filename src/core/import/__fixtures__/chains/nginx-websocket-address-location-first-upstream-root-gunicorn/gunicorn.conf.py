import multiprocessing

bind = "127.0.0.1:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "gthread"  # sync workers would not keep connections alive at all
threads = 4
keepalive = 2  # gunicorn's default, written out
timeout = 30
