# Gunicorn configuration for the API pods.
import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "gthread"
threads = 4
keepalive = 65

# Work around a slow memory leak: recycle workers.
max_requests = 1000
max_requests_jitter = 50
