import { listCouncils } from '../../graph/read/councils.repository.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type { CouncilsResponse } from '../../shapes/api/index.js';

export const councils = (executor: GraphReader): Promise<CouncilsResponse> => listCouncils(executor);
