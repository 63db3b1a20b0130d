@echo off
rem Harapan Workbench for @TITLE@ (@REGION@), made by ./harapan package.
rem   harapan.cmd              start the workbench
rem   harapan.cmd COMMAND ...  run a command of the command line (harapan.cmd help lists them)
rem Needs a Java 21 or newer (JAVA_HOME, else java on the PATH). Data folder: %HARAPAN_DATA%, else %USERPROFILE%\.harapan.
setlocal
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "DATA=%HARAPAN_DATA%"
if "%DATA%"=="" set "DATA=%USERPROFILE%\.harapan"
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
set "NL=@LANGUAGE@"
if exist "%DATA%\settings.properties" for /f "tokens=2 delims==" %%L in ('findstr /b "language=" "%DATA%\settings.properties"') do set "NL=%%L"
if not exist "%DATA%" mkdir "%DATA%"
cd /d "%HERE%"
if "%~1"=="" goto workbench
set "AREA=%DATA%\.runtime\cli"
call :configure
"%JAVA%" -Xms256m -Xmx2g "-Dharapan.data=%DATA%" -jar "%HERE%\plugins\@LAUNCHER@" -configuration "%AREA%" -pluginCustomization "%HERE%\plugin_customization.ini" -nosplash -data @none -application org.harapan.cli.application %*
exit /b %ERRORLEVEL%

:workbench
set "AREA=%DATA%\.runtime\workbench"
call :configure
"%JAVA%" -Xms256m -Xmx2g "-Dharapan.data=%DATA%" -jar "%HERE%\plugins\@LAUNCHER@" -configuration "%AREA%" -pluginCustomization "%HERE%\plugin_customization.ini" -nl %NL% -data "%DATA%\workspace" -application org.harapan.ui.application
if %ERRORLEVEL%==23 goto workbench
exit /b %ERRORLEVEL%

:configure
rem each use has its own configuration area, renewed from the product's when that changed (an installed feature)
xcopy /d /e /i /y /q "%HERE%\configuration" "%AREA%" >nul
findstr /b "osgi.install.area=" "%AREA%\config.ini" >nul || (echo.& echo osgi.install.area=file:/%HERE:\=/%/) >> "%AREA%\config.ini"
exit /b 0
