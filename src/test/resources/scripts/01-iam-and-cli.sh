# The AWS CLI's conventions on IAM: JSON from a heredoc, file://, --query, text and table output, and its errors.
cat > trust.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}
  ]
}
EOF
aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust.json
aws iam attach-role-policy --role-name ecsTaskExecutionRole \
  --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
aws iam list-attached-role-policies --role-name ecsTaskExecutionRole --output table
ROLE_ARN=$(aws iam get-role --role-name ecsTaskExecutionRole --query 'Role.Arn' --output text)
echo "execution role: $ROLE_ARN"
aws iam list-roles --query 'Roles[].[RoleName, Path]' --output text
aws iam get-role --role-name nobody
aws iam get-rol --role-name ecsTaskExecutionRole
aws iam get-role --role-nme ecsTaskExecutionRole
aws iam create-role --role-name x
aws iam get-role --role-name
aws iam create-role --role-name bad --assume-role-policy-document file://missing.json
aws sts get-caller-identity --output text
aws iam get-role --role-name ecsTaskExecutionRole --query 'Role.[' 
aws --version
