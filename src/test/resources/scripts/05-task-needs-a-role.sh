# Study note section 7: code in a task calls AWS with the task role; without one it has no credentials.
aws s3 mb s3://dockyard-reports
echo "q1,42" > q1.csv && aws s3 cp q1.csv s3://dockyard-reports/
cat > trust.json <<'EOF'
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
EOF
aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust.json --query Role.Arn --output text
aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
aws logs create-log-group --log-group-name /ecs/reader
aws ecs create-cluster --cluster-name demo --query cluster.status --output text
SUBNET=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)
cat > reader.json <<'EOF'
{
  "family": "reader",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [{
    "name": "reader",
    "image": "amazon/aws-cli",
    "command": ["s3", "ls", "s3://dockyard-reports"],
    "logConfiguration": {"logDriver": "awslogs", "options": {
      "awslogs-group": "/ecs/reader", "awslogs-region": "ap-northeast-2", "awslogs-stream-prefix": "ecs"}}
  }]
}
EOF
aws ecs register-task-definition --cli-input-json file://reader.json --query taskDefinition.revision
TASK=$(aws ecs run-task --cluster demo --launch-type FARGATE --task-definition reader:1 --network-configuration "awsvpcConfiguration={subnets=[$SUBNET]}" --query 'tasks[0].taskArn' --output text)
aws ecs wait tasks-stopped --cluster demo --tasks $TASK
aws ecs describe-tasks --cluster demo --tasks $TASK --query 'tasks[0].containers[0].[exitCode,reason]' --output text
aws logs tail /ecs/reader --since 1h --format short
aws iam create-role --role-name reportReader --assume-role-policy-document file://trust.json --query Role.RoleName --output text
aws iam attach-role-policy --role-name reportReader --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
aws ecs register-task-definition --cli-input-json file://reader.json --task-role-arn arn:aws:iam::123456789012:role/reportReader --query taskDefinition.revision
TASK=$(aws ecs run-task --cluster demo --launch-type FARGATE --task-definition reader:2 --network-configuration "awsvpcConfiguration={subnets=[$SUBNET]}" --query 'tasks[0].taskArn' --output text)
aws ecs wait tasks-stopped --cluster demo --tasks $TASK
aws ecs describe-tasks --cluster demo --tasks $TASK --query 'tasks[0].containers[0].exitCode'
aws logs tail /ecs/reader --since 1h --format short
