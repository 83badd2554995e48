/**
 * English texts of the dialogs, which load when a dialog first opens (ui/FileDialogs.tsx, with
 * i18n/index.ts `loadDialogTexts`), not with the first paint; the rest is in en.ts. Their keys are
 * part of `Texts` (en.ts), so ko.ts has them all.
 */
export const enDialogs = {
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
