# gunicorn.conf.py - loaded with `gunicorn -c gunicorn.conf.py config.wsgi`
import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "gthread"
threads = 4
keepalive = 45          # seconds; nginx's upstream pool drops idle connections after 30s
timeout = 60
graceful_timeout = 30
accesslog = "-"
errorlog = "-"
