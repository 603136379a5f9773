package fr.okrsante.visibility;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Every string and number an object exposes through its public API: the results of its public
 * no-argument methods, followed recursively through collections, maps, optionals and okr-sante
 * types, and the {@code toString()} of each. Used to prove that a view leaks nothing.
 */
final class ViewStrings {

  private static final Set<String> SKIPPED = Set.of("hashCode", "getClass", "toBuilder", "notify", "notifyAll", "wait");

  private final List<String> strings = new ArrayList<>();
  private final List<BigDecimal> numbers = new ArrayList<>();

  private ViewStrings() {}

  static ViewStrings of(Object root) {
    ViewStrings result = new ViewStrings();
    result.walk(root);
    return result;
  }

  List<String> strings() {
    return Collections.unmodifiableList(strings);
  }

  List<BigDecimal> numbers() {
    return Collections.unmodifiableList(numbers);
  }

  private void walk(Object root) {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object value = todo.pop();
      if (value instanceof String s) {
        strings.add(s);
        continue;
      }
      if (value instanceof BigDecimal d) {
        numbers.add(d);
        strings.add(d.toString());
        strings.add(d.toPlainString());
        continue;
      }
      if (seen.put(value, Boolean.TRUE) != null) {
        continue;
      }
      if (value instanceof Collection<?> c) {
        c.forEach(todo::push);
      } else if (value instanceof Map<?, ?> m) {
        m.forEach((k, v) -> {
          todo.push(k);
          todo.push(v);
        });
      } else if (value instanceof Optional<?> o) {
        o.ifPresent(todo::push);
      } else if (value instanceof OptionalDouble d) {
        strings.add(d.toString());
      } else if (value.getClass().getName().startsWith("fr.okrsante.")) {
        strings.add(value.toString());
        if (!(value instanceof Enum<?>)) {
          for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getReturnType() != void.class && !SKIPPED.contains(method.getName())) {
              Object result = invoke(method, value);
              if (result != null) {
                todo.push(result);
              }
            }
          }
        }
      } else {
        strings.add(String.valueOf(value));
      }
    }
  }

  private static Object invoke(Method method, Object target) {
    try {
      if (!method.canAccess(target)) {
        method.setAccessible(true);
      }
      return method.invoke(target);
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot call " + method, e);
    } catch (InvocationTargetException e) {
      throw new AssertionError("calling " + method + " failed", e.getCause());
    }
  }
}
