locals {
  albs = {
    public   = { idle_timeout = 120, internal = false }
    internal = { idle_timeout = 30, internal = true }
  }

  # Device gateways: long-lived MQTT and syslog-over-TLS connections.
  nlbs = {
    mqtt = {
      port         = 8883
      idle_timeout = 1200
    }
    syslog = {
      port         = 6514
      idle_timeout = 3600
    }
  }
}

resource "aws_lb" "web" {
  for_each           = local.albs
  name               = "web-${each.key}"
  internal           = each.value.internal
  load_balancer_type = "application"
  idle_timeout       = each.value["idle_timeout"]
}

resource "aws_lb" "device" {
  for_each           = local.nlbs
  name               = "device-${each.key}"
  load_balancer_type = "network"
}

resource "aws_lb_listener" "device" {
  for_each                 = local.nlbs
  load_balancer_arn        = aws_lb.device[each.key].arn
  port                     = each.value.port
  protocol                 = "TCP"
  tcp_idle_timeout_seconds = each.value.idle_timeout

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.device[each.key].arn
  }
}
