variable "environments" {
  type = map(object({ idle_timeout = number }))
  default = {
    production = { idle_timeout = 120 }
  }
}

resource "aws_lb" "web" {
  for_each           = var.environments
  name               = "web-${each.key}"
  load_balancer_type = "application"
  idle_timeout       = each.value.idle_timeout
}
