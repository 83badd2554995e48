/**
 * The zod schema of a saved design (format `vpc-town`, version 2), checked where data enters (file
 * open, share link, CLI). Each resource's schema comes from its kind's definition
 * (src/model/kinds); what the schema judges and what it leaves to the validator is said in
 * src/model/kinds/fields.ts.
 */
import { z } from 'zod';
import type * as M from '../../model/types.ts';
import { DESIGN_FORMAT, DESIGN_VERSION } from '../../model/types.ts';
import { flowSchema, resourceSchema } from '../../model/kinds/schemas.ts';
import { intentSchema } from '../../model/intentSchemas.ts';

export const designSchema = z
  .object({
    format: z.literal(DESIGN_FORMAT),
    version: z.literal(DESIGN_VERSION),
    name: z.string(),
    resources: z.array(resourceSchema),
    flows: z.array(flowSchema),
    intents: z
      .array(intentSchema)
      .optional()
      .meta({ description: 'What must never, only or always happen (since version 2); absent: none.' }),
    starterIntentsOff: z
      .array(z.string())
      .optional()
      .meta({ description: 'The ids of the starter intents this design turned off; absent: all on.' }),
  })
  .meta({
    title: 'VPC Town design',
    description: 'A VPC Town design document (see docs/design-format.md).',
  });

/* The parsed value is a Design (mutable arrays are assignable to readonly ones). */
const parsedIsDesign = (d: z.infer<typeof designSchema>): M.Design => d;
void parsedIsDesign;
