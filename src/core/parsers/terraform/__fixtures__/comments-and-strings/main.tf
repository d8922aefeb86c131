# idle_timeout = 5
// idle_timeout = 15
/*
resource "aws_lb" "old" {
  idle_timeout = 10
}
*/
resource "aws_lb" "main" {
  name        = "main" # idle_timeout = 20
  description = "idle_timeout = 30 would be too short"
  user_data   = <<-EOT
    idle_timeout = 25
    resource "aws_lb" "fake" {}
  EOT
  idle_timeout = 65 // one above the app's 64 s? no: below it
}
