# Study note sections 2 and 6: build and push an image, then run it as a Fargate task.
mkdir -p web && cd web
cat > Dockerfile <<'EOF'
FROM nginx:latest
COPY index.html /usr/share/nginx/html/index.html
EOF
echo '<h1>hello fargate</h1>' > index.html
REPO=$(aws ecr create-repository --repository-name web --query repository.repositoryUri --output text)
docker build -q -t $REPO:1.0 .
aws ecr get-login-password | docker login -u AWS --password-stdin ${REPO%%/*}
docker push $REPO:1.0 > /dev/null && echo pushed
cat > trust.json <<'EOF'
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
EOF
aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust.json --query Role.Arn --output text
aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
aws ecs create-cluster --cluster-name demo --query 'cluster.[clusterName,status]' --output text
cat > taskdef.json <<EOF
{
  "family": "web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {"name": "web", "image": "$REPO:1.0", "essential": true, "portMappings": [{"containerPort": 80}]}
  ]
}
EOF
aws ecs register-task-definition --cli-input-json file://taskdef.json --query 'taskDefinition.[taskDefinitionArn,status]' --output text
aws ecs register-task-definition --family bad --requires-compatibilities FARGATE --cpu 256 --memory 512 \
  --container-definitions '[{"name": "web", "image": "nginx"}]'
SUBNET=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)
TASK=$(aws ecs run-task --cluster demo --launch-type FARGATE --task-definition web \
  --network-configuration "awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}" \
  --query 'tasks[0].taskArn' --output text)
aws ecs describe-tasks --cluster demo --tasks $TASK --query 'tasks[0].[lastStatus,desiredStatus,launchType]' --output text
aws ecs wait tasks-running --cluster demo --tasks $TASK
aws ecs describe-tasks --cluster demo --tasks $TASK --query 'tasks[0].[lastStatus,containers[0].lastStatus]' --output text
aws ecs stop-task --cluster demo --task $TASK --query 'task.[desiredStatus,stoppedReason]' --output text
sim advance 1m
aws ecs describe-tasks --cluster demo --tasks $TASK --query 'tasks[0].[lastStatus,stopCode,stoppedReason]' --output text
