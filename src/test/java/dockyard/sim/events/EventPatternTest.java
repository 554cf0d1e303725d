package dockyard.sim.events;

import dockyard.sim.AwsException;
import org.junit.jupiter.api.Test;

import static dockyard.sim.SimFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each operator of EB's event patterns (aws-behaviour.md §9), matched the way EventBridge does. */
class EventPatternTest {
    private static boolean matches(String pattern, String event) {
        return EventPattern.parse(pattern.replace('\'', '"')).matches(json(event));
    }

    /** As {@link #matches}, with the event's numbers kept as written (PutEvents reads a detail that way). */
    private static boolean matchesExact(String pattern, String event) {
        try {
            return EventPattern.parse(pattern.replace('\'', '"')).matches(EventPattern.EXACT.readTree(event.replace('\'', '"')));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(event, e);
        }
    }

    @Test
    void everyFieldNamedInThePatternMustExistWithTheSameNestingAndOthersAreIgnored() {
        String pattern = "{'source':['aws.s3'],'detail':{'bucket':{'name':['photos']}}}";
        assertThat(matches(pattern, "{'source':'aws.s3','region':'x','detail':{'bucket':{'name':'photos'},'other':1}}")).isTrue();
        assertThat(matches(pattern, "{'source':'aws.s3','detail':{'name':'photos'}}")).isFalse();
        assertThat(matches(pattern, "{'source':'aws.s3'}")).isFalse();
    }

    @Test
    void valuesAreOrWithinAFieldAndAndAcrossFields() {
        String pattern = "{'source':['aws.ec2','aws.ecs'],'detail-type':['ECS Task State Change']}";
        assertThat(matches(pattern, "{'source':'aws.ecs','detail-type':'ECS Task State Change'}")).isTrue();
        assertThat(matches(pattern, "{'source':'aws.ec2','detail-type':'ECS Task State Change'}")).isTrue();
        assertThat(matches(pattern, "{'source':'aws.ecs','detail-type':'Other'}")).isFalse();
    }

    @Test
    void anArrayInTheEventMatchesWhenItIntersectsThePatternsValues() {
        assertThat(matches("{'resources':['arn:b','arn:z']}", "{'resources':['arn:a','arn:b']}")).isTrue();
        assertThat(matches("{'resources':['arn:z']}", "{'resources':['arn:a','arn:b']}")).isFalse();
    }

    @Test
    void plainStringsMatchExactlyAndCaseSensitively() {
        assertThat(matches("{'detail':{'lastStatus':['STOPPED']}}", "{'detail':{'lastStatus':'STOPPED'}}")).isTrue();
        assertThat(matches("{'detail':{'lastStatus':['STOPPED']}}", "{'detail':{'lastStatus':'stopped'}}")).isFalse();
    }

    @Test
    void plainNumbersCompareAsTheirTextSo300And300Point0AreDifferent() {
        assertThat(matches("{'size':[300]}", "{'size':300}")).isTrue();
        assertThat(matches("{'size':[300]}", "{'size':300.0}")).isFalse();
        assertThat(matches("{'size':[300.0]}", "{'size':3.0e2}")).isFalse();
        assertThat(matches("{'size':['300']}", "{'size':300}")).isFalse();
    }

    @Test
    void prefixAndSuffixMatchTheStartOrEndOfAString() {
        assertThat(matches("{'key':[{'prefix':'incoming/'}]}", "{'key':'incoming/cat.png'}")).isTrue();
        assertThat(matches("{'key':[{'prefix':'incoming/'}]}", "{'key':'outgoing/cat.png'}")).isFalse();
        assertThat(matches("{'key':[{'suffix':'.png'}]}", "{'key':'incoming/cat.png'}")).isTrue();
        assertThat(matches("{'key':[{'suffix':'.png'}]}", "{'key':'incoming/cat.jpg'}")).isFalse();
    }

    @Test
    void anythingButTakesAValueAListOrAPrefix() {
        assertThat(matches("{'state':[{'anything-but':'initializing'}]}", "{'state':'running'}")).isTrue();
        assertThat(matches("{'state':[{'anything-but':'initializing'}]}", "{'state':'initializing'}")).isFalse();
        assertThat(matches("{'state':[{'anything-but':['stopped','overloaded']}]}", "{'state':'stopped'}")).isFalse();
        assertThat(matches("{'state':[{'anything-but':['stopped','overloaded']}]}", "{'state':'running'}")).isTrue();
        assertThat(matches("{'state':[{'anything-but':{'prefix':'init'}}]}", "{'state':'initializing'}")).isFalse();
        assertThat(matches("{'state':[{'anything-but':{'prefix':'init'}}]}", "{'state':'running'}")).isTrue();
    }

    @Test
    void numericComparesJsonNumbersInARange() {
        String pattern = "{'c-count':[{'numeric':['>',0,'<=',5]}]}";
        assertThat(matches(pattern, "{'c-count':5}")).isTrue();
        assertThat(matches(pattern, "{'c-count':0.5}")).isTrue();
        assertThat(matches(pattern, "{'c-count':0}")).isFalse();
        assertThat(matches(pattern, "{'c-count':6}")).isFalse();
        assertThat(matches(pattern, "{'c-count':'3'}")).isFalse();
        assertThat(matches("{'x':[{'numeric':['=',3.018e2]}]}", "{'x':301.8}")).isTrue();
        assertThat(matchesExact("{'x':[{'numeric':['>=',3.018e2]}]}", "{'x':3.018E+2}")).isTrue();
        assertThat(matchesExact("{'x':[{'numeric':['<',0.5]}]}", "{'x':0.50}")).isFalse();
    }

    @Test
    void existsLooksAtLeafFieldsOnly() {
        assertThat(matches("{'detail':{'stopCode':[{'exists':true}]}}", "{'detail':{'stopCode':'UserInitiated'}}")).isTrue();
        assertThat(matches("{'detail':{'stopCode':[{'exists':true}]}}", "{'detail':{'lastStatus':'RUNNING'}}")).isFalse();
        assertThat(matches("{'detail':{'stopCode':[{'exists':false}]}}", "{'detail':{'lastStatus':'RUNNING'}}")).isTrue();
        assertThat(matches("{'detail':{'c':[{'exists':true}]}}", "{'detail':{'c':{'c1':100}}}")).isFalse();
    }

    @Test
    void equalsIgnoreCaseIgnoresCase() {
        assertThat(matches("{'detail-type':[{'equals-ignore-case':'object created'}]}", "{'detail-type':'Object Created'}")).isTrue();
        assertThat(matches("{'detail-type':[{'equals-ignore-case':'object deleted'}]}", "{'detail-type':'Object Created'}")).isFalse();
    }

    @Test
    void nullMatchesAnExplicitNullAndEmptyStringAnEmptyString() {
        assertThat(matches("{'detail':{'responseElements':[null]}}", "{'detail':{'responseElements':null}}")).isTrue();
        assertThat(matches("{'detail':{'responseElements':[null]}}", "{'detail':{}}")).isFalse();
        assertThat(matches("{'detail':{'eventVersion':['']}}", "{'detail':{'eventVersion':''}}")).isTrue();
        assertThat(matches("{'detail':{'eventVersion':['']}}", "{'detail':{'eventVersion':'1'}}")).isFalse();
    }

    @Test
    void dollarOrMatchesWhenAnyBranchDoes() {
        String pattern = "{'source':['aws.ecs'],'$or':[{'detail':{'stopCode':['EssentialContainerExited']}},{'detail':{'lastStatus':['PENDING']}}]}";
        assertThat(matches(pattern, "{'source':'aws.ecs','detail':{'lastStatus':'PENDING'}}")).isTrue();
        assertThat(matches(pattern, "{'source':'aws.ecs','detail':{'stopCode':'EssentialContainerExited'}}")).isTrue();
        assertThat(matches(pattern, "{'source':'aws.ecs','detail':{'lastStatus':'RUNNING'}}")).isFalse();
    }

    @Test
    void aKeyGivenTwiceInThePatternKeepsItsLastValue() {
        assertThat(matches("{'a':['x'],'a':['y']}", "{'a':'y'}")).isTrue();
        assertThat(matches("{'a':['x'],'a':['y']}", "{'a':'x'}")).isFalse();
    }

    @Test
    void anInvalidPatternIsRefusedWithAwsCodeAndReason() {
        for (String bad : new String[]{"not json", "{'source':'aws.s3'}", "{'a':[{'bogus':1}]}", "[]"}) {
            assertThatThrownBy(() -> EventPattern.parse(bad.replace('\'', '"')))
                    .isInstanceOf(AwsException.class)
                    .hasMessageStartingWith("Event pattern is not valid. Reason: ")
                    .satisfies(e -> assertThat(((AwsException) e).code()).isEqualTo("InvalidEventPatternException"));
        }
    }
}
