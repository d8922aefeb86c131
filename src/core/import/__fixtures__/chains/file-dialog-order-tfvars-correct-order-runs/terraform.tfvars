alb_idle_timeout = 180
subnets          = ["subnet-0a1b", "subnet-0c2d"]
