/**
 * English texts of the dialogs, which load when a dialog first opens (ui/FileDialogs.tsx, with
 * i18n/index.ts `loadDialogTexts`), not with the first paint; the rest is in en.ts. Their keys are
 * part of `Texts` (en.ts), so ko.ts has them all.
 */
export const enDialogs = {
  /** The access matrix view's (ui/matrix/MatrixView.tsx); its button's label is in en.ts. */
  matrix: {
    title: 'Access matrix',
    lead: 'Rows are sources, columns destinations; each cell is the traffic that gets through, worked out exactly from security groups, NACLs, routes and gateways over every port. Click a cell for its path.',
    filterText: 'Filter by name',
    filterPlace: 'Filter by VPC or subnet',
    allPlaces: 'All VPCs and subnets',
    vpc: 'VPC {{name}}',
    subnet: 'Subnet {{name}}',
    computing: 'Computing…',
    exportCsv: 'Export CSV',
    close: 'Close',
    none: 'No source matches the filter.',
    corner: 'from ↓ · to →',
    moreRows_one: 'Show {{count}} more row',
    moreRows_other: 'Show {{count}} more rows',
    moreCols_one: 'Show {{count}} more column',
    moreCols_other: 'Show {{count}} more columns',
    cell: 'From {{from}} to {{to}}: {{traffic}}',
    pathTitle: '{{from}} → {{to}}',
    packet: 'Example packet: {{packet}}',
    nothing: 'No traffic gets through.',
  },
  /** File › Compare… (ui/compare/CompareDialog.tsx). */
  compare: {
    title: 'Compare with {{file}}',
    lead: 'The two access matrices, cell by cell: the traffic the file allows that this design does not, and the reverse.',
    unreadable: 'This file could not be read. Your design is unchanged.',
    invalid: 'This file is not a design: {{reason}}. Your design is unchanged.',
    same: 'Both designs allow exactly the same traffic.',
    added: 'Only the file allows ({{n}})',
    removed: 'Only this design allows ({{n}})',
    onlyInFile: 'Endpoints only in the file: {{list}}',
    onlyInDesign: 'Endpoints only in this design: {{list}}',
    pair: '{{from}} → {{to}}: {{traffic}}',
    packet: 'Example packet: {{packet}}',
    close: 'Close',
  },
  /** The intents panel's (ui/intents/IntentsPanel.tsx), loaded with it; its tab's label is in en.ts. */
  intents: {
    title: 'Intents: what must never happen',
    lead: 'Each intent is checked over every protocol, port and address, live as you edit.',
    starters: 'Starter intents',
    own: 'This design’s intents',
    noOwn: 'No intents of your own yet.',
    add: 'Add intent',
    edit: 'Edit',
    delete: 'Delete',
    save: 'Save intent',
    cancel: 'Cancel',
    enabled: 'Check this intent',
    status: {
      holds: 'Holds',
      violated: 'Violated',
      unknown: 'Not known',
      off: 'Off',
    },
    violations_one: '{{count}} pair breaks it',
    violations_other: '{{count}} pairs break it',
    more_one: '… and {{count}} more pair.',
    more_other: '… and {{count}} more pairs.',
    missing: 'Names what the design does not hold: {{missing}}.',
    notKnown:
      'The design does not say enough to decide (a prefix list without its entries, a resource VPC Town does not model).',
    pair: '{{from}} → {{to}}: {{traffic}}',
    witness: 'Witness: {{packet}}',
    starterName: {
      'starter-no-db-from-internet': 'No database is reachable from the internet',
      'starter-no-admin-from-internet': 'No admin port (SSH 22, RDP 3389) is open to the internet',
      'starter-private-no-inbound': 'Private subnets get no inbound traffic from the internet',
    },
    field: {
      name: 'Name',
      from: 'From',
      to: 'To',
      traffic: 'Traffic',
      trafficHint: 'tcp 8080, udp 53, icmp… (empty: all)',
      expect: 'Expectation',
      onlyPorts: 'Only on',
      onlyPortsHint: 'tcp 8080 (empty: any of it)',
      through: 'Only through',
      throughAny: 'any hop',
      value: 'Which',
    },
    expect: {
      never: 'must never get through',
      only: 'may get through only so',
      always: 'must always get through',
    },
    set: {
      resource: 'A resource',
      kind: 'Every resource of a kind',
      role: 'Every resource with a role',
      name: 'Names matching',
      subnet: 'A subnet',
      subnets: 'Public or private subnets',
      securityGroup: 'A security group’s members',
      internet: 'The internet',
      cidr: 'A CIDR block',
      public: 'Public subnets',
      private: 'Private subnets',
      pick: 'Choose…',
    },
    role: {
      workload: 'workloads (instances, load balancers, databases)',
      addressable: 'anything with an address',
    },
    through: {
      nat: 'a NAT gateway',
      loadBalancer: 'a load balancer',
      igw: 'an internet gateway',
      peering: 'a peering connection',
    },
    error: {
      name: 'Give the intent a name.',
      set: 'Choose what the intent is from and to.',
      traffic: 'Traffic is written like “tcp 8080, udp 53, icmp” (a protocol, then ports or a range for tcp and udp).',
    },
    newName: 'New intent',
  },
  iacExport: {
    titleCfn: 'Export as CloudFormation',
    titleTerraform: 'Export as Terraform',
    introCfn:
      'A CloudFormation template (YAML) that deploys the network as drawn, in {{region}}. Read the notes below before you deploy it.',
    introTerraform:
      'A Terraform configuration (AWS provider 5) that deploys the network as drawn, in {{region}}. Read the notes below before you deploy it.',
    empty: 'There is no network to export yet: the design has no VPC.',
    lines_one: '{{count}} line',
    lines_other: '{{count}} lines',
    download: 'Download',
    required_one: 'Needs a value when deployed ({{count}})',
    required_other: 'Need values when deployed ({{count}})',
    requiredNote:
      'What the design does not hold (images, passwords, certificates) is left as a parameter, never made up.',
    secret: 'secret',
    notes_one: 'Notes ({{count}})',
    notes_other: 'Notes ({{count}})',
    preview: 'Preview of {{file}}',
    close: 'Close',
    note: {
      layout: "Positions and sizes are not part of the code; keep the design's JSON for them.",
      'layout-and-flows':
        "Positions, sizes and the {{flows}} drawn traffic flows are not part of the code; keep the design's JSON for them.",
      ids: 'AWS gives every resource a new id when it is created; the code refers to resources by name, and a design read back from it has ids made of those names.',
      'external-left-out':
        '{{name}} ({{awsType}}) is not modelled by VPC Town; it is left out, and what refers to it takes its id as a parameter.',
      'main-route-table':
        "CloudFormation cannot change the main route table's routes: {{name}} is written as a table of its own, associated with the {{n}} subnets that use it; the VPC's main table keeps only its local routes.",
      'main-associations':
        'CloudFormation cannot name {{name}}, the main route table: its subnets use it without an explicit association.',
      'default-nacl':
        "CloudFormation cannot change the default network ACL's rules: {{name}} is written as an ACL of its own, associated with the {{n}} subnets that use it; the VPC's default ACL keeps AWS's allow-all rules.",
      'default-security-group':
        "CloudFormation cannot change the default security group's rules: {{name}} is written as a group of its own, attached where the design attaches it; the VPC's default group keeps AWS's rules.",
      'aws-creates-defaults':
        'AWS creates each VPC with a main route table, a default network ACL and a default security group; they are there after deploying even where the design does not draw them.',
      'other-region':
        'The code deploys to {{region}}; the {{n}} resources in {{regions}} are left out (export them from a design of their own).',
      parameters: 'Deploying asks for {{names}}: values the design does not hold (never made up).',
      'elastic-ips':
        'AWS allocates the Elastic IP addresses when the stack is created; the addresses in the design are not kept.',
      'no-security-group': "{{name}} has no security group; AWS attaches its VPC's default group.",
      'icmp-range':
        '{{name}} has an ICMP rule for types {{from}}–{{to}}; AWS takes one type or all, so it is written for type {{from}}.',
      aurora:
        '{{name}} is Aurora, which needs a DB cluster: the code writes the instance; add the cluster before deploying.',
      listeners:
        "{{name}}'s listeners answer 503 until you point them at your targets (the design has no target groups).",
      'ipv6-byoip':
        "{{name}}'s IPv6 block {{block}} is written as it is; AWS takes a given block only from an IPv6 pool of yours, else use an Amazon-provided block.",
      'listener-without-target-group':
        "{{name}}'s listener on {{port}} forwards to no target group; a network load balancer's listener must, so it is left out.",
      'nlb-listener-targets':
        '{{name}} has no target groups: each of its listeners ({{ports}}) forwards to an empty target group of its own; register its targets there (until then where its traffic goes is not known).',
      'listener-redirect':
        "{{name}}'s listener on {{port}} redirects; the design does not hold where to, so it is written as a redirect to HTTPS on 443 (301).",
      'listener-fixed-response':
        "{{name}}'s listener on {{port}} answers with a fixed response; the design does not hold it, so it is written as a 503.",
      'propagation-main-table':
        '{{name}} propagates into a route table the code cannot name (the main one); that propagation is left out.',
      'tgw-route-target':
        '{{name}}: the route to {{destination}} names an attachment the code cannot name (a VPN’s); it is left out.',
      'tgw-no-subnets': '{{name}} has no subnet; AWS needs one per Availability Zone to attach the VPC.',
      'vpn-tgw-association':
        "{{name}}'s attachment to the transit gateway has no id in the code, so its route table association and propagation cannot be written; set them after deploying.",
      'vpn-bgp': '{{name}} uses BGP: its on-premises networks come from the customer gateway, not the code.',
      'managed-interface': '{{name}} belongs to another resource; AWS creates it with its owner, so it is not written.',
      'interface-eip': "{{name}}'s Elastic IP is not written; associate one after deploying.",
      'target-left-out': '{{name}} has targets that are not in the code; they are left out.',
      'unknown-rule-block':
        "{{name}}: rule {{number}}'s block is not known (it came from outside the design); it is left out, give it a block to deploy it.",
      'targets-at-deploy':
        '{{name}}’s targets are registered when it is deployed (a service or an Auto Scaling group); none is written.',
      'default-vpc': "{{name}} is drawn as the account's default VPC; the code creates a VPC of its own instead.",
      'blackhole-route':
        '{{name}}: the route to {{destination}} names {{target}}, which is not in the design (a blackhole); it is left out.',
      'local-routes': '{{name}}: AWS gives every route table one local route per VPC block, whatever the design draws.',
      'static-address': "{{name}}'s address {{address}} cannot be chosen in RDS; AWS assigns one.",
      'public-nat-without-eip':
        '{{name}} is a public NAT gateway without an Elastic IP; AWS will not create it until it has one.',
      'flow-logs':
        'The VPCs with flow logs log all traffic to an S3 bucket the code creates; change the destination if you have one.',
      unplaced: '{{name}} cannot be deployed where it is drawn; it is left out.',
      'no-cidr-block': '{{name}} has no CIDR block; the code cannot create it until one is given.',
      'sg-description': '{{name}} has no description, which AWS requires; its name is written as its description.',
    },
  },
  awsImport: {
    intro:
      'Bring in a network that exists: the JSON that read-only AWS CLI calls print (aws ec2 describe-vpcs, describe-subnets, describe-route-tables, …). No credentials are given to VPC Town; nothing leaves this browser.',
    zone: 'Describe output to import',
    drop: 'Drop JSON files or a whole folder here (a folder per region, or a Batfish snapshot, works as it is).',
    chooseFiles: 'Choose files…',
    chooseFolder: 'Choose a folder…',
    clear: 'Clear',
    paste: 'Or paste what the AWS CLI printed',
    reading: 'Reading…',
    nothingYet: 'Nothing read yet.',
    read_one: 'Read {{count}} input.',
    read_other: 'Read {{count}} inputs.',
    skipped_one: '{{count}} file left out (see below).',
    skipped_other: '{{count}} files left out (see below).',
    refused: 'Nothing can be imported from this: the problems below say why. Your current design is as it was.',
    willImport: 'Will be imported',
    externals_one: 'Kept as external ({{count}})',
    externals_other: 'Kept as external ({{count}})',
    externalsNote:
      'VPC Town does not model these yet. They are drawn and named; traffic that reaches one is said to leave the design there.',
    kept: 'Read and kept for later',
    problems_one: '{{count}} problem',
    problems_other: '{{count}} problems',
    more_one: '…and {{count}} more.',
    more_other: '…and {{count}} more.',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    skip: {
      tooBig: 'Too large to read here (a file up to 50 MB, 200 MB in all); import one region or account at a time.',
      unreadable: 'The browser could not read this file.',
      tooMany: 'Left out: at most 2,000 files are read at once.',
    },
    cancel: 'Cancel',
    import: 'Import',
    importing: 'Laying out…',
    defaultName: 'Imported from AWS',
    problem: {
      'not-json': '{{file}} is not valid JSON: {{detail}}.',
      'truncated-json':
        '{{file}} ends too early: the paste or file looks cut off. Copy the whole output of the AWS CLI.',
      'truncated-next-token':
        '{{file}}: the result of {{call}} is cut short (it has a NextToken); run it again with --no-paginate or pass every page.',
      'empty-input': '{{file}} is empty: paste or save the JSON that the AWS CLI printed.',
      'is-design': '{{file}} is a VPC Town design, not AWS CLI output: open it with File › Open JSON….',
      'not-describe-output':
        '{{file}} holds no describe result. Its key "{{key}}" looks like what aws {{call}} prints: is it edited, or the output of another call?',
      'unrelated-json': '{{file}} is JSON but not the output of an AWS describe call (its keys: {{keys}}).',
      'unknown-key': '{{file}}: ignored "{{key}}", which no describe call VPC Town reads prints.',
      'nothing-imported': 'Nothing was imported: no input holds the output of an AWS describe call.',
      'too-large': 'The input is over {{max}} MB; import one region or account at a time.',
      'too-many-resources':
        'The input describes {{n}} resources; VPC Town opens designs of up to {{max}}. Import one region, account or VPC at a time.',
      'internal-error': 'VPC Town could not import this input ({{detail}}). Nothing was changed.',
      'missing-reference': 'Something refers to the {{what}} {{id}}, which is not in the input.',
      'region-assumed':
        'No path, zone or ARN names a region; the network is drawn in {{region}}. Put each region’s files in a folder named after it (us-east-1/…) to say so.',
      'duplicate-same': '{{id}} is in the input twice; kept once.',
      duplicate: '{{id}} is in the input twice with different contents; the first one is kept.',
      'bad-item': 'Entry {{index}} of {{call}} has no {{reason}}; skipped.',
      'flow-logs-unknown':
        'describe-flow-logs is not read: the VPCs are marked as having no flow logs (BP-002 may say so).',
      'kept-external': '{{id}} is kept as an external resource ({{awsType}}).',
      'skipped-state': '{{id}} is {{state}}; not imported.',
      'secondary-eni': '{{id}} has a further network interface {{eni}}; VPC Town models its first one.',
      'no-listeners': '{{id}}: no listener data (elbv2 describe-listeners); its ports are unknown.',
      'no-targets': '{{id}}: no target data (elbv2 describe-target-health); its targets are unknown.',
      'needs-wrapper':
        '“{{key}}” does not say which load balancer or target group it is about: put it in its wrapper (LoadBalancerTargetHealth, LoadBalancerAttributes, TargetGroupAttributes) with the ARN.',
      'eip-unassociated': 'The Elastic IP {{ip}} is associated with nothing.',
    },
  },
  iacImport: {
    title: 'Open infrastructure as code',
    intro:
      'A CloudFormation template (JSON or YAML) or a Terraform configuration (.tf files, or what terraform show -json prints for a plan or state), checked before it is deployed. Nothing leaves this browser.',
    zone: 'Template or Terraform files to open',
    drop: 'Drop a template, .tf files or a folder of them here.',
    paste: 'Or paste a template',
    region: 'Region (AWS::Region, or the provider’s region)',
    parameters_one: 'Parameter ({{count}})',
    parameters_other: 'Parameters ({{count}})',
    required: 'required',
    choose: 'Choose…',
    needParams: 'Give a value to each required parameter to see what will be imported: {{names}}.',
    variables_one: 'Variable without a value ({{count}})',
    variables_other: 'Variables without a value ({{count}})',
    variablesHint:
      'These variables have no default and no .tfvars file gives them (drop one with the .tf files to fill them). A list or map is written as JSON: ["a", "b"].',
    needVars: 'Give a value to each variable to see what will be imported: {{names}}.',
    refused: 'Nothing can be opened from this: the problems below say why. Your current design is as it was.',
    leftOut: 'Not part of the network (left out)',
    modules: 'Modules not expanded',
    open: 'Open',
    problem: {
      'syntax-error': '{{file}} is {{detail}}.',
      'missing-parameter': 'The parameter {{name}} ({{type}}) has no default: give it a value above.',
      'region-assumed': 'No region was given; the network is drawn in {{region}}.',
      'region-from-zones':
        'No region was given; the network is drawn in {{region}}, the region of the zones its subnets name.',
      'not-a-template': '{{file}} is not a CloudFormation template: it has no Resources section.',
      'empty-input': '{{file}} is empty.',
    },
  },
  files: {
    library: {
      title: 'Designs',
      intro: 'Saved in this browser as you work.',
      new: 'New design',
      open: 'Open',
      current: 'Open now',
      rename: 'Rename',
      renameLabel: 'New name for “{{name}}”',
      duplicate: 'Duplicate',
      delete: 'Delete',
      confirmDelete: 'Delete “{{name}}”? This cannot be undone.',
      confirm: 'Delete',
      cancel: 'Cancel',
      save: 'Save',
      empty: 'No saved designs yet. Your work is saved here as you go.',
      updated: 'Changed {{when}}',
      justNow: 'just now',
      damaged: 'Could not be read: {{reason}} It was kept, not opened.',
      download: 'Download file',
      copyName: '{{name}} (copy)',
      openFailed: 'Could not open “{{name}}”: {{reason}}',
      close: 'Close',
    },
    sameName: {
      title: 'A design named “{{name}}” is already here',
      body: 'The design of that name in this browser was last changed {{when}}.',
      choices:
        'Replace it with the file (its content is overwritten), or keep both: the file then opens as “{{copy}}”.',
      replace: 'Replace it',
      keepBoth: 'Keep both',
      cancel: 'Cancel',
    },
    templates: {
      title: 'Templates',
      intro: 'Start from a working design. It opens as a new design; your current one stays under File › Designs.',
      introNew: 'Start from a working design. It opens as a new design.',
      use: 'Use template',
      // Nesting ($t) gives each number its own plural form.
      counts:
        '$t(files.templates.resourceCount, {"count": {{resources}} }) · $t(files.templates.flowCount, {"count": {{flows}} })',
      resourceCount_one: '{{count}} resource',
      resourceCount_other: '{{count}} resources',
      flowCount_one: '{{count}} flow',
      flowCount_other: '{{count}} flows',
      items: {
        singlePublicWeb: {
          name: 'Single public web server',
          description: 'One VPC, one public subnet, an internet gateway and a web server reachable on HTTPS.',
        },
        twoAzWebDb: {
          name: 'Two-AZ web and database',
          description: 'Web servers in public subnets of two zones, a database in private subnets, NAT for updates.',
        },
        threeTierAlb: {
          name: 'Three tiers behind a load balancer',
          description:
            'An internet-facing Application Load Balancer, an app tier and a database tier, each in its own subnets.',
        },
        peeredVpcs: {
          name: 'Two VPCs joined by peering',
          description:
            'Two VPCs with routes over a peering connection, and security groups that allow one service across.',
        },
      },
    },
    leave: {
      title: '“{{name}}” is not saved',
      quota:
        'Browser storage is full, so the latest changes to this design are not saved in this browser. To make room, stay and delete old designs under File › Designs.',
      unavailable: 'This browser does not allow storage here, so this design is not saved in this browser.',
      conflict:
        'Another tab changed this design, so the version in this tab is not saved. To keep it, stay and choose a version in the banner.',
      deleted:
        'This design was deleted in another tab, so it is not saved in this browser any more. To keep it, stay and choose “Keep it” in the banner.',
      shared: 'You changed this shared design. It is not saved until you keep a copy.',
      kept: 'Nothing has changed yet: the design is still open here.',
      download: 'Save as JSON and continue',
      stay: 'Stay on this design',
      discard: 'Leave without saving',
    },
  },
} as const;
