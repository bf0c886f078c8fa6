import { Router } from 'express';
import { OrganisationKeyParam, PeopleQuery, PersonKeyParam } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../middleware/validate.js';
import { organisationDetail, organisations } from '../services/organisations.service.js';
import { people, personDetail } from '../services/people.service.js';

/** People and organisations: who takes part. */
export function actorRoutes({ executor }: AppDeps): Router {
  const router = Router();
  router.get('/people', async (req, res) => {
    res.json(await people(executor, parseInput(PeopleQuery, req.query)));
  });
  router.get('/people/:key', async (req, res) => {
    res.json(await personDetail(executor, parseInput(PersonKeyParam, req.params).key));
  });
  router.get('/organisations', async (_req, res) => {
    res.json(await organisations(executor));
  });
  router.get('/organisations/:key', async (req, res) => {
    res.json(await organisationDetail(executor, parseInput(OrganisationKeyParam, req.params).key));
  });
  return router;
}
