# prod
alb_idle_timeout = 300
environment      = "prod"
