# gunicorn.conf.py — loaded automatically from the working directory
import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "gthread"
threads = 4

# The ALB in front idles out after 60 s: gunicorn must wait longer.
ALB_IDLE_TIMEOUT = 60
keepalive = ALB_IDLE_TIMEOUT + 5
timeout = 30
graceful_timeout = 30

accesslog = "-"
errorlog = "-"


def post_fork(server, worker):
    keepalive = 1  # local variable, not a setting
    server.log.info("worker %s spawned (keepalive = 2)", worker.pid)
