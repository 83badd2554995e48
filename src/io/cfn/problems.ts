/**
 * The problems the CloudFormation reader reports: the AWS importer's shape (src/io/aws/problems.ts:
 * a stable `code`, its `params`, an English `message`, the line and column of a syntax error), so
 * the CLI prints both alike and the app words them in the user's language from code and params.
 *
 * Codes and their params (every param is a string or a number):
 *
 *   error   syntax-error          { detail }               not JSON or YAML; line/column when known
 *   error   empty-input           { }                      the text is empty
 *   error   not-a-template        { }                      parsed, but no Resources of AWS types
 *   error   is-design             { }                      a VPC Town design, not a template
 *   error   too-large             { max }                  over the size limit (MB)
 *   error   missing-parameter     { name, type }           no default and no value given: refused
 *   error   parameter-not-allowed { name, value, allowed } a value outside AllowedValues: refused
 *   error   condition-unknown     { name, why }            a condition that depends on a deploy-time value
 *   error   too-many-resources    { count, max }           refused
 *   error   internal-error        { detail }               a bug: nothing imported
 *   warning unknown-parameter     { name }                 a value given for a parameter the template lacks
 *   warning parameter-pattern     { name, value, pattern } a value that fails AllowedPattern
 *   warning transform             { transform }            a macro (SAM…) rewrites the template at deploy
 *   warning bad-resource          { id }                   a resource without a Type
 *   warning bad-expression        { id, property, detail } an expression CloudFormation would reject
 *   warning unknown-reference     { name }                 Ref/GetAtt of a name the template lacks
 *   warning excluded-reference    { name }                 a reference to a resource whose condition is false
 *   warning unknown-value         { id, property, why }    a value only a deployment knows (ImportValue…)
 *   warning missing-reference     { id, what, from }       an id of something not in the template: placeholder
 *   warning bad-reference         { id, property, value }  an id of the wrong kind of resource: left out
 *   warning unplaced              { id }                   a resource with no known VPC
 *   warning default-vpc           { id }                   a security group in the account's default VPC
 *   warning group-by-name         { id }                   a rule naming its group by name: left out
 *   warning bad-route             { id }                   a route without destination or target
 *   warning duplicate-association { id, subnet }           a second route table for a subnet
 *   warning nested-stack          { id }                   an AWS::CloudFormation::Stack: external
 *   warning unknown-type          { id, type }             an EC2 type VPC Town does not know: external
 *   info    region-assumed        { region }               no region given: us-east-1
 *   info    account-assumed       { account }              AWS::AccountId used, none given
 *   info    stack-name-assumed    { name }                 AWS::StackName used, none given
 *   info    azs-assumed           { region, zones }        Fn::GetAZs answered REGIONa…f
 *   info    zone-chosen-by-aws    { id, zone }             a subnet without AvailabilityZone
 *   info    eip-stand-in          { count }                Elastic IP addresses are stand-ins
 *   info    kept-external         { id, awsType }          kept as an external resource
 *   info    unsupported-engine    { id, engine }           an RDS engine VPC Town does not model
 *   info    ipv6-kept-aside       { id, count? }           IPv6 blocks, rules or routes not modelled yet
 *   info    secondary-eni         { id }                   an instance's further interfaces
 *   info    no-listeners          { id }                   a load balancer without listeners
 *   info    peer-account          { id, account }          a peering to another account
 *   info    rules-not-checked     { count }                the Rules section is not evaluated
 *   info    left-out              { type, count }          resources of other services: not drawn
 */
export type { AwsProblem as CfnProblem, AwsProblemSeverity as CfnProblemSeverity } from '../aws/problems.ts';
export { Problems } from '../aws/problems.ts';
