# Terraform
resource "aws_lb_target_group" "app" {
  # ...
  deregistration_delay = 30
  stickiness {
    enabled = true
    type    = "lb_cookie"
  }
}
resource "aws_lb" "app" {
  # ...
  idle_timeout = 60 # ALB timeout
}
# Application must have timeout > 60s
