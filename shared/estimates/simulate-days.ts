import { compareQueue } from '../queue/call-order';
import { MinHeap } from '../core/min-heap';
import { NO_NEEDS } from '../events/schema';
import type { Ticket } from '../tickets/state';

/**
 * The planner's check on Erlang C: a seeded discrete-event simulation of
 * whole days at a counter, called in the product's own call order
 * (`compareQueue`, so priority customers come forward as they do at the
 * desk). Erlang C assumes one service, customers arriving at random and
 * times at the desk spread as an exponential, in a queue that has run for
 * ever; a council's day has a mix of services with their own times, priority
 * customers, a morning that starts with nobody waiting and desks that change
 * by the half hour. The simulation keeps those and reports, per half hour, the
 * share of the customers arriving in it who were called within the standard.
 *
 * Pure: the randomness is the `random` argument (a seeded generator gives the
 * same days every run). Customers still waiting when the last half hour ends
 * are seen by the desks of that half hour, as a council serves everyone in
 * the building at closing.
 */
export interface ServiceTimeShape {
  meanMs: number;
  sdMs: number;
}

export interface SlotDemand {
  /** The half hour of the day (forecast.ts's slot); the day's slots in order, one after another. */
  slot: number;
  /** Desks open through the half hour. */
  desks: number;
  /** Mean arrivals in the half hour, by service. */
  arrivals: Readonly<Record<string, number>>;
}

export interface DayModel {
  slots: readonly SlotDemand[];
  slotMs: number;
  /** Each service's time at the desk; a service missing here takes `fallbackTime`. */
  serviceTimes: Readonly<Record<string, ServiceTimeShape>>;
  fallbackTime: ServiceTimeShape;
  /** "exponential": Erlang's assumption (the mean only); "observed": each service's own mean and spread. */
  times: 'exponential' | 'observed';
  /** The ordinary standard every customer is judged by (the headline figure). */
  standardMs: number;
  /** Share (0–1) of customers who are priority, and their own standard, which brings them forward in the call order. */
  priorityShare: number;
  priorityStandardMs: number;
  /** How long customers wait before giving up, on average (exponential); null: nobody gives up. */
  patienceMs: number | null;
}

export interface SlotOutcome {
  slot: number;
  /**
   * Customers counted who arrived in the half hour, over every simulated day: as in the headline, one
   * who walked out before the standard is left out, one who walked out after it is a miss.
   */
  customers: number;
  /** Of those, called within the ordinary standard. */
  withinStandard: number;
  /** Of those, called by a desk; and the sum of their waits, ms (for the mean). */
  called: number;
  waitedMs: number;
  /** Of those, never called: no desk was open for them at all. */
  neverCalled: number;
  /** Who walked out before being called (counted or left out). */
  walkedOut: number;
  /** Everyone who arrived in the half hour, by service (counted or not). */
  arrivedByService: Record<string, number>;
  /** Of everyone who arrived, the priority customers; of those called, the sum of their waits, ms (they are among `called`). */
  priorityArrived: number;
  priorityCalled: number;
  priorityWaitedMs: number;
}

interface SimCustomer {
  ticket: Ticket;
  arrivedAt: number;
  /** When they would give up waiting (Infinity: never). */
  leavesAt: number;
  slotIndex: number;
  serviceId: string;
  /** Their time at the desk, drawn when they arrive: the same customer takes as long whichever desks a plan opens. */
  serviceMs: number;
}

/** An exponential variate with the given mean. */
function exponential(meanMs: number, random: () => number): number {
  return -meanMs * Math.log(1 - random());
}

/** A time at the desk: exponential (mean only), or a lognormal with the service's own mean and spread (always positive, skewed right as real times are). */
export function drawServiceMs(shape: ServiceTimeShape, times: DayModel['times'], random: () => number): number {
  if (times === 'exponential') return exponential(shape.meanMs, random);
  if (shape.sdMs <= 0) return shape.meanMs;
  const sigma2 = Math.log(1 + (shape.sdMs / shape.meanMs) ** 2);
  const mu = Math.log(shape.meanMs) - sigma2 / 2;
  // Box–Muller: one standard normal from two uniforms (1 − u keeps the logarithm finite).
  // Stryker disable next-line ArithmeticOperator: 2π/u spreads the angle over many turns, so its cosine is distributed almost alike (a mean shift under 0.02 of a spread): no test of a practical size tells them apart
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  // Stryker disable next-line ArithmeticOperator: a standard normal is symmetric, so adding or taking away its multiple draws alike
  return Math.exp(mu + Math.sqrt(sigma2) * normal);
}

/** One day's arrivals: a Poisson stream at each half hour's rate, each customer's service drawn by that half hour's mix. */
function arrivalsOf(model: DayModel, random: () => number, dayIndex: number): SimCustomer[] {
  const out: SimCustomer[] = [];
  model.slots.forEach((s, slotIndex) => {
    // Stryker disable next-line MethodExpression,ConditionalExpression,EqualityOperator: a service forecast at nobody is never drawn (pick < 0 never holds), kept or not
    const services = Object.entries(s.arrivals).filter(([, n]) => n > 0);
    const total = services.reduce((a, [, n]) => a + n, 0);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with nobody forecast the first arrival is at Infinity and the loop draws none either way
    if (total <= 0) return;
    const start = slotIndex * model.slotMs;
    // Stryker disable next-line EqualityOperator: a continuous time equals another with probability 0, so < and <= draw alike
    for (let at = start + exponential(model.slotMs / total, random); at < start + model.slotMs; at += exponential(model.slotMs / total, random)) {
      let pick = random() * total;
      let serviceId = services[services.length - 1]![0];
      for (const [id, n] of services) {
        // Stryker disable next-line EqualityOperator: a continuous time equals another with probability 0, so < and <= draw alike
        if (pick < n) {
          serviceId = id;
          break;
        }
        pick -= n;
      }
      // Stryker disable next-line EqualityOperator: random() equals the share with probability 0, so < and <= draw alike
      const priority = random() < model.priorityShare;
      // Stryker disable next-line StringLiteral: ids break ties between equal deadlines only, and deadlines are continuous times (equal with probability 0)
      const seq = String(out.length).padStart(6, '0');
      const leavesAt = model.patienceMs === null ? Infinity : at + exponential(model.patienceMs, random);
      out.push({
        arrivedAt: at,
        leavesAt,
        slotIndex,
        serviceId,
        serviceMs: drawServiceMs(model.serviceTimes[serviceId] ?? model.fallbackTime, model.times, random),
        // Stryker disable next-line StringLiteral: as above, the id only breaks ties that do not happen
        ticket: simTicket(`${dayIndex}-${seq}`, serviceId, at, priority ? model.priorityStandardMs : model.standardMs, priority),
      });
    }
  });
  return out;
}

// Stryker disable all: only the segment's queue time and standard (scaled alike for everyone), the priority flag and the issue stamp order the queue; the other fields are never read
/** A waiting ticket as the call order reads it: one segment, queued at arrival, with its standard. */
function simTicket(id: string, serviceId: string, at: number, standardMs: number, priority: boolean): Ticket {
  return {
    id,
    siteId: 'simulation',
    number: id,
    day: 'simulation',
    needs: NO_NEEDS,
    priority,
    issuedAt: at,
    issuedHlc: id,
    issuedBy: 'simulation',
    status: 'waiting',
    segments: [{ serviceId, standardMinutes: standardMs / 60_000, queuedAt: at, calls: [] }],
    timingInaccurate: false,
    conflicts: [],
    lastHlc: id,
    eventCount: 1,
  };
}
// Stryker restore all

/** The first moment at or after `at` when desk number `desk` (0-based) is open; Infinity if never again. */
function openFrom(model: DayModel, desk: number, at: number): number {
  // The last half hour's desks stay open until everyone is seen.
  for (let i = Math.min(model.slots.length - 1, Math.floor(at / model.slotMs)); i < model.slots.length; i++) {
    if (model.slots[i]!.desks > desk) return Math.max(at, i * model.slotMs);
  }
  return Infinity;
}

/** One day, simulated; adds each customer's wait to their half hour's outcome. */
function simulateDay(model: DayModel, arrivals: readonly SimCustomer[], into: SlotOutcome[]): void {
  for (const c of arrivals) {
    const by = into[c.slotIndex]!.arrivedByService;
    by[c.serviceId] = (by[c.serviceId] ?? 0) + 1;
    if (c.ticket.priority) into[c.slotIndex]!.priorityArrived += 1;
  }
  const maxDesks = Math.max(0, ...model.slots.map((s) => s.desks));
  const freeAt = Array.from({ length: maxDesks }, (_, d) => openFrom(model, d, 0));
  // Everyone waiting, in the product's call order (a heap, so a long queue costs a logarithm per call).
  const queue = new MinHeap<SimCustomer>((a, b) => compareQueue(a.ticket, b.ticket));
  let next = 0;
  for (;;) {
    // The desk that can take a customer soonest (the lowest number on a tie).
    let desk = -1;
    // Stryker disable next-line EqualityOperator: one past the last desk reads undefined, never < Infinity; and the lowest number on a tie is a convention (two desks free at one moment, either may call), which no requirement pins
    for (let d = 0; d < maxDesks; d++) if (freeAt[d]! < Infinity && (desk < 0 || freeAt[d]! < freeAt[desk]!)) desk = d;
    if (desk < 0) break;
    const now = freeAt[desk]!;
    while (next < arrivals.length && arrivals[next]!.arrivedAt <= now) queue.push(arrivals[next++]!);
    // The first in the call order who is still here (whoever has given up by now has gone). Those further
    // back who have given up are found when they come to the front: a walk-out counts the same whenever it is seen.
    let customer = queue.pop();
    // Stryker disable next-line EqualityOperator: a continuous time equals another with probability 0, so < and <= draw alike
    while (customer && customer.leavesAt < now) {
      walkOut(customer, model, into);
      customer = queue.pop();
    }
    if (!customer) {
      if (next >= arrivals.length) break;
      // Idle until the next customer walks in (and the desk is still open then).
      freeAt[desk] = openFrom(model, desk, arrivals[next]!.arrivedAt);
      continue;
    }
    // Every desk's next moment comes from openFrom, so the desk chosen is open now.
    // The planner's desks are any desk and its customers have no needs, so every desk may call everyone:
    // next is simply the first in the call order (what nextTicketFor gives when all can be served).
    const wait = now - customer.arrivedAt;
    const out = into[customer.slotIndex]!;
    out.customers += 1;
    out.called += 1;
    out.waitedMs += wait;
    // Stryker disable next-line EqualityOperator: a continuous time equals another with probability 0, so < and <= draw alike
    if (wait <= model.standardMs) out.withinStandard += 1;
    if (customer.ticket.priority) {
      out.priorityCalled += 1;
      out.priorityWaitedMs += wait;
    }
    freeAt[desk] = openFrom(model, desk, now + customer.serviceMs);
  }
  // No desk was ever open for these: they give up if they would, otherwise they count and were not called within the standard.
  for (const c of [...queue.drain(), ...arrivals.slice(next)]) {
    if (c.leavesAt < Infinity) {
      walkOut(c, model, into);
      continue;
    }
    const out = into[c.slotIndex]!;
    out.customers += 1;
    out.neverCalled += 1;
  }
}

/** A customer who gave up: a miss if they had waited past the standard, otherwise left out (docs/measurement.md). */
function walkOut(c: SimCustomer, model: DayModel, into: SlotOutcome[]): void {
  const out = into[c.slotIndex]!;
  out.walkedOut += 1;
  // Stryker disable next-line EqualityOperator: a continuous time equals another with probability 0, so < and <= draw alike
  if (c.leavesAt - c.arrivedAt > model.standardMs) out.customers += 1;
}

/**
 * The customers of `days` seeded days (arrival, service, priority, patience and time at the desk), drawn
 * once. They depend on the forecast, never on the desks, so every plan a check compares is run on the
 * very same customers (common random numbers): a desk more or fewer is the only difference between two runs.
 */
export interface DrawnDays {
  readonly days: readonly (readonly SimCustomer[])[];
}

export function drawDays(model: DayModel, days: number, random: () => number): DrawnDays {
  return { days: Array.from({ length: days }, (_, day) => arrivalsOf(model, random, day)) };
}

/** The drawn days run through the model's desks, each customer judged against the ordinary standard, by the half hour they arrived in. */
export function simulateDrawn(model: DayModel, drawn: DrawnDays): SlotOutcome[] {
  const into = model.slots.map((s) => ({
    slot: s.slot,
    customers: 0,
    withinStandard: 0,
    called: 0,
    waitedMs: 0,
    neverCalled: 0,
    walkedOut: 0,
    arrivedByService: {},
    priorityArrived: 0,
    priorityCalled: 0,
    priorityWaitedMs: 0,
  }));
  for (const day of drawn.days) simulateDay(model, day, into);
  return into;
}

/** `days` seeded days of the model, drawn and run. */
export function simulateDays(model: DayModel, days: number, random: () => number): SlotOutcome[] {
  return simulateDrawn(model, drawDays(model, days, random));
}

/** The share (0–1) of customers called within the standard; 1 with nobody (nothing to miss). */
export function simulatedLevel(o: Pick<SlotOutcome, 'customers' | 'withinStandard'>): number {
  return o.customers ? o.withinStandard / o.customers : 1;
}
