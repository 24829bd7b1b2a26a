package vn.dtihub.shared;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * What the route-inventory test needs from each module's test folder to attack its routes: objects that belong
 * to province A (Thanh Hóa), keyed by the URL segment before the path variable and the variable's name
 * ({@code "agencies/id"}, {@code "units/code"}), and the secret texts put in them, which no response to a user of
 * province B may contain. A module that adds a route with a new kind of path variable adds a fixture, never an
 * edit of the test; a variable that no fixture fills fails the test.
 */
public interface ScopeFixture {

    Map<String, String> objectsOfProvinceA(ApplicationContext context);

    List<String> secrets();
}
