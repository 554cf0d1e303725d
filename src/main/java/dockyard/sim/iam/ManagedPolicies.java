package dockyard.sim.iam;

import com.fasterxml.jackson.databind.node.TextNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AWS managed policies the course uses, with their documents as AWS publishes them (AWS Managed Policy
 * Reference Guide, one page per policy; the ECS ones also in the ECS DG page security-iam-awsmanpol).
 * Immutable and shared by every world.
 */
public final class ManagedPolicies {
    /** One AWS managed policy. */
    public record Managed(String name, String arn, String id, String version, String description, PolicyDocument document) {
    }

    private static final Map<String, Managed> BY_ARN = java.util.Collections.unmodifiableMap(build());

    private static Map<String, Managed> build() {
        Map<String, Managed> m = new LinkedHashMap<>();
        add(m, "AdministratorAccess", "", "ANPAIWMBCKSKIEE64ZLYK", "v1",
                "Provides full access to AWS services and resources.",
                """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""");
        add(m, "AmazonECSTaskExecutionRolePolicy", "service-role/", "ANPAJG4T4G4PV56DE72PY", "v1",
                "Provides access to other AWS service resources that are required to run Amazon ECS tasks",
                """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ecr:GetAuthorizationToken",
                "ecr:BatchCheckLayerAvailability","ecr:GetDownloadUrlForLayer","ecr:BatchGetImage","logs:CreateLogStream",
                "logs:PutLogEvents"],"Resource":"*"}]}""");
        add(m, "AmazonEC2ContainerServiceforEC2Role", "service-role/", "ANPAJLYJCVHC7TQHCSQDS", "v8",
                "Default policy for the Amazon EC2 Role for Amazon EC2 Container Service.",
                """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:DescribeTags","ecs:CreateCluster",
                "ecs:DeregisterContainerInstance","ecs:DiscoverPollEndpoint","ecs:Poll","ecs:RegisterContainerInstance",
                "ecs:StartTelemetrySession","ecs:UpdateContainerInstancesState","ecs:Submit*","ecr:GetAuthorizationToken",
                "ecr:BatchCheckLayerAvailability","ecr:GetDownloadUrlForLayer","ecr:BatchGetImage","logs:CreateLogStream",
                "logs:PutLogEvents"],"Resource":"*"},{"Effect":"Allow","Action":"ecs:TagResource","Resource":"*",
                "Condition":{"StringEquals":{"ecs:CreateAction":["CreateCluster","RegisterContainerInstance"]}}}]}""");
        add(m, "AmazonEC2ContainerServiceEventsRole", "service-role/", "ANPAITKFNIUAG27VSYNZ4", "v3",
                "Policy to enable CloudWatch Events for EC2 Container Service",
                """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ecs:RunTask"],"Resource":["*"]},
                {"Effect":"Allow","Action":"iam:PassRole","Resource":["*"],"Condition":{"StringLike":
                {"iam:PassedToService":"ecs-tasks.amazonaws.com"}}},{"Effect":"Allow","Action":"ecs:TagResource",
                "Resource":"*","Condition":{"StringEquals":{"ecs:CreateAction":["RunTask"]}}}]}""");
        add(m, "AmazonEC2ContainerRegistryReadOnly", "", "ANPAIFYZPA37OOHVIH7KQ", "v3",
                "Provides read-only access to Amazon EC2 Container Registry repositories.",
                """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ecr:GetAuthorizationToken",
                "ecr:BatchCheckLayerAvailability","ecr:GetDownloadUrlForLayer","ecr:GetRepositoryPolicy",
                "ecr:DescribeRepositories","ecr:ListImages","ecr:DescribeImages","ecr:BatchGetImage","ecr:GetLifecyclePolicy",
                "ecr:GetLifecyclePolicyPreview","ecr:ListTagsForResource","ecr:DescribeImageScanFindings"],"Resource":"*"}]}""");
        add(m, "AmazonS3ReadOnlyAccess", "", "ANPAIZTJ4DXE7G6AGAE6M", "v3",
                "Provides read only access to all buckets via the AWS Management Console.",
                """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","s3:List*","s3:Describe*",
                "s3-object-lambda:Get*","s3-object-lambda:List*"],"Resource":"*"}]}""");
        add(m, "AmazonS3FullAccess", "", "ANPAIFIR6V6BVTRAHWINE", "v2",
                "Provides full access to all buckets via the AWS Management Console.",
                """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","s3-object-lambda:*"],"Resource":"*"}]}""");
        add(m, "AmazonDynamoDBFullAccess", "", "ANPAINUGF2JSOSUY76KYA", "v24",
                "Provides full access to Amazon DynamoDB via the AWS Management Console.",
                """
                {"Version":"2012-10-17","Statement":[{"Action":["dynamodb:*","dax:*",
                "application-autoscaling:DeleteScalingPolicy","application-autoscaling:DeregisterScalableTarget",
                "application-autoscaling:DescribeScalableTargets","application-autoscaling:DescribeScalingActivities",
                "application-autoscaling:DescribeScalingPolicies","application-autoscaling:PutScalingPolicy",
                "application-autoscaling:RegisterScalableTarget","cloudwatch:DeleteAlarms","cloudwatch:DescribeAlarmHistory",
                "cloudwatch:DescribeAlarms","cloudwatch:DescribeAlarmsForMetric","cloudwatch:GetMetricStatistics",
                "cloudwatch:ListMetrics","cloudwatch:PutMetricAlarm","cloudwatch:GetMetricData","datapipeline:ActivatePipeline",
                "datapipeline:CreatePipeline","datapipeline:DeletePipeline","datapipeline:DescribeObjects",
                "datapipeline:DescribePipelines","datapipeline:GetPipelineDefinition","datapipeline:ListPipelines",
                "datapipeline:PutPipelineDefinition","datapipeline:QueryObjects","ec2:DescribeVpcs","ec2:DescribeSubnets",
                "ec2:DescribeSecurityGroups","iam:GetRole","iam:ListRoles","kms:DescribeKey","kms:ListAliases",
                "sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptions","sns:ListSubscriptionsByTopic","sns:ListTopics",
                "sns:Subscribe","sns:Unsubscribe","sns:SetTopicAttributes","lambda:CreateFunction","lambda:ListFunctions",
                "lambda:ListEventSourceMappings","lambda:CreateEventSourceMapping","lambda:DeleteEventSourceMapping",
                "lambda:GetFunctionConfiguration","lambda:DeleteFunction","resource-groups:ListGroups",
                "resource-groups:ListGroupResources","resource-groups:GetGroup","resource-groups:GetGroupQuery",
                "resource-groups:DeleteGroup","resource-groups:CreateGroup","tag:GetResources","kinesis:ListStreams",
                "kinesis:DescribeStream","kinesis:DescribeStreamSummary"],"Effect":"Allow","Resource":"*"},
                {"Action":"cloudwatch:GetInsightRuleReport","Effect":"Allow",
                "Resource":"arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*"},
                {"Action":["iam:PassRole"],"Effect":"Allow","Resource":"*","Condition":{"StringLike":{"iam:PassedToService":
                ["application-autoscaling.amazonaws.com","application-autoscaling.amazonaws.com.cn","dax.amazonaws.com"]}}},
                {"Effect":"Allow","Action":["iam:CreateServiceLinkedRole"],"Resource":"*","Condition":{"StringEquals":
                {"iam:AWSServiceName":["replication.dynamodb.amazonaws.com","dax.amazonaws.com",
                "dynamodb.application-autoscaling.amazonaws.com","contributorinsights.dynamodb.amazonaws.com",
                "kinesisreplication.dynamodb.amazonaws.com"]}}}]}""");
        add(m, "CloudWatchLogsFullAccess", "", "ANPAJ3ZGNWK2R5HW5BQFO", "v2",
                "Provides full access to CloudWatch Logs",
                """
                {"Version":"2012-10-17","Statement":[{"Sid":"CloudWatchLogsFullAccess","Effect":"Allow",
                "Action":["logs:*","cloudwatch:GenerateQuery"],"Resource":"*"}]}""");
        add(m, "AmazonSSMReadOnlyAccess", "", "ANPAJODSKQGGJTHRYZ5FC", "v1",
                "Provides read only access to Amazon SSM.",
                """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssm:Describe*","ssm:Get*","ssm:List*"],
                "Resource":"*"}]}""");
        add(m, "SecretsManagerReadWrite", "", "ANPAJE7JD2OUKRE3MF7GY", "v5",
                "Provides read/write access to AWS Secrets Manager via the AWS Management Console.",
                """
                {"Version":"2012-10-17","Statement":[{"Sid":"BasePermissions","Effect":"Allow","Action":["secretsmanager:*",
                "cloudformation:CreateChangeSet","cloudformation:DescribeChangeSet","cloudformation:DescribeStackResource",
                "cloudformation:DescribeStacks","cloudformation:ExecuteChangeSet","docdb-elastic:GetCluster",
                "docdb-elastic:ListClusters","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcs",
                "kms:DescribeKey","kms:ListAliases","kms:ListKeys","lambda:ListFunctions","rds:DescribeDBClusters",
                "rds:DescribeDBInstances","redshift:DescribeClusters","redshift-serverless:ListWorkgroups",
                "redshift-serverless:GetNamespace","tag:GetResources"],"Resource":"*"}]}""");
        return m;
    }

    private ManagedPolicies() {
    }

    private static void add(Map<String, Managed> m, String name, String path, String id, String version, String description, String json) {
        String arn = "arn:aws:iam::aws:policy/" + path + name;
        m.put(arn, new Managed(name, arn, id, version, description,
                PolicyDocument.parse(TextNode.valueOf(json), false)));
    }

    /** The AWS managed policy with this ARN, if the simulator knows it. */
    public static Optional<Managed> byArn(String arn) {
        return Optional.ofNullable(BY_ARN.get(arn));
    }

    /** Every known AWS managed policy, in a fixed order. */
    public static Iterable<Managed> all() {
        return BY_ARN.values();
    }
}
