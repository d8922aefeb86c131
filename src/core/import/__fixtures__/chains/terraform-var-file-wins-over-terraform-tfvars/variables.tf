variable "env" {
  type = string
}

variable "alb_idle_timeout" {
  type    = number
  default = 60
}
