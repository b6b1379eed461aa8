import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  parse,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createPubSub } from '../graphql/pub-sub';
import { buildPivotalSchema } from '../graphql/schema';

// Copies of ../shared/design/schema-sketch.graphql and schema-sketch-2.graphql: the minimum contract
// web, admin and analysts rely on, first and second wave.
const sketchOf = (file: string) => buildASTSchema(parse(readFileSync(new URL(file, import.meta.url), 'utf8')));
const sketches = { 'schema-sketch.graphql': sketchOf('./schema-sketch.graphql'), 'schema-sketch-2.graphql': sketchOf('./schema-sketch-2.graphql') };
const schema = buildPivotalSchema(createPubSub());

const ownTypes = (s: GraphQLSchema): GraphQLNamedType[] =>
  Object.values(s.getTypeMap()).filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type));

/** Every name of the sketch that the schema lacks or types differently, as readable lines. */
const differences = (sketch: GraphQLSchema): string[] => {
  const found: string[] = [];
  for (const wanted of ownTypes(sketch)) {
    const actual = schema.getType(wanted.name);
    if (!actual) {
      found.push(`type ${wanted.name} is missing`);
      continue;
    }
    if (actual.constructor !== wanted.constructor) found.push(`${wanted.name} is not the same kind of type`);
    if (isEnumType(wanted) && isEnumType(actual)) {
      for (const value of wanted.getValues()) {
        if (!actual.getValue(value.name)) found.push(`enum value ${wanted.name}.${value.name} is missing`);
      }
    }
    if ((isObjectType(wanted) || isInputObjectType(wanted) || isInterfaceType(wanted)) && 'getFields' in actual) {
      const actualFields = (actual as typeof wanted).getFields();
      for (const field of Object.values(wanted.getFields())) {
        const got = actualFields[field.name];
        if (!got) {
          found.push(`field ${wanted.name}.${field.name} is missing`);
          continue;
        }
        if (String(got.type) !== String(field.type)) {
          found.push(`${wanted.name}.${field.name} is ${String(got.type)}, the sketch says ${String(field.type)}`);
        }
        for (const arg of 'args' in field ? field.args : []) {
          const gotArg = 'args' in got ? got.args.find((a) => a.name === arg.name) : undefined;
          if (!gotArg) found.push(`argument ${wanted.name}.${field.name}(${arg.name}) is missing`);
          else if (String(gotArg.type) !== String(arg.type)) {
            found.push(`${wanted.name}.${field.name}(${arg.name}) is ${String(gotArg.type)}, the sketch says ${String(arg.type)}`);
          } else if (arg.defaultValue !== undefined && gotArg.defaultValue !== arg.defaultValue) {
            found.push(`${wanted.name}.${field.name}(${arg.name}) defaults to ${String(gotArg.defaultValue)}, the sketch says ${String(arg.defaultValue)}`);
          }
        }
        if ('args' in got) {
          for (const extra of got.args) {
            const inSketch = 'args' in field && field.args.some((a: { name: string }) => a.name === extra.name);
            if (!inSketch && String(extra.type).endsWith('!') && extra.defaultValue === undefined) {
              found.push(`${wanted.name}.${field.name}(${extra.name}) is a required argument the sketch lacks`);
            }
          }
        }
      }
    }
  }
  return found;
};

/** Every type, field, argument and enum value of the schema without a description. */
const undescribed = (): string[] => {
  const found: string[] = [];
  for (const type of ownTypes(schema)) {
    if (!type.description) found.push(type.name);
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) found.push(`${type.name}.${value.name}`);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) found.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) found.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
  }
  return found;
};

describe('the schema against the sketch of the public contract', () => {
  it.each(Object.entries(sketches))('has every type, field, argument and enum value of %s, typed the same', (_file, sketch) => {
    expect(differences(sketch)).toEqual([]);
  });

  it('describes every type, field, argument and enum value (analysts read it as documentation)', () => {
    expect(undescribed()).toEqual([]);
  });

  it('names its date-time scalar DateTime', () => {
    expect(isScalarType(schema.getType('DateTime'))).toBe(true);
  });
});
