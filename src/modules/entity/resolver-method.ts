import type { ClassType } from 'type-graphql';

type MethodDecorator = (prototype: object, name: string, descriptor: PropertyDescriptor) => void;
type ParameterDecorator = (prototype: object, name: string, index: number) => void;

/**
 * Adds a method to a resolver class built in a factory and decorates it as TypeScript does a written
 * one: each parameter's decorator by position, then the method's (Query, Mutation, FieldResolver…).
 */
export function defineResolverMethod(
  target: ClassType,
  name: string,
  fn: (...args: never[]) => unknown,
  method: MethodDecorator,
  params: ParameterDecorator[],
): void {
  const descriptor: PropertyDescriptor = { value: fn, writable: true, configurable: true };
  Object.defineProperty(target.prototype, name, descriptor);
  params.forEach((decorate, i) => decorate(target.prototype, name, i));
  method(target.prototype, name, descriptor);
}
