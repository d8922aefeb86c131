# local/dev defaults (auto-loaded)
env              = "dev"
alb_idle_timeout = 30
