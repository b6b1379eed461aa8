import sdl from '../../../schema.graphql?raw';

/**
 * The api's schema as SDL, exactly as checked in: the explorer builds its documentation and
 * autocompletion from it, so it needs no introspection round trip (which the api's depth and cost
 * limits refuse).
 */
export const schemaSdl: string = sdl;
