# gunicorn.conf.py -- started by gunicorn.service
bind = "unix:/run/gunicorn.sock"
workers = 3
worker_class = "sync"
keepalive = 5
accesslog = "-"
